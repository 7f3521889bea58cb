package io.flexprice.ports.application.plan;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Meters.aMeter;
import static io.flexprice.ports.testing.PriceCommands.fixedFor;
import static io.flexprice.ports.testing.PriceCommands.usageFor;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.plan.ManagePlansUseCase.PlanView;
import io.flexprice.ports.in.plan.UpdatePlanCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.plan.PlanFilter;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePlanRepository;
import io.flexprice.ports.testing.FakePriceRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceTermsChange;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.plan.ClonePlanCommand;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import io.flexprice.ports.testing.FakeAddonRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagePlansServiceTest {

    private static final Instant APRIL = Instant.parse("2024-04-01T00:00:00Z");

    private final TestClock clock = new TestClock(NOW);
    private final FakePlanRepository plans = new FakePlanRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ManagePlansService service = new ManagePlansService(plans, prices, meters,
            new ImmediateTransactions(), ids, clock);
    private final FindPlansService find = new FindPlansService(plans, prices, clock);
    private final ManagePricesService managePrices = new ManagePricesService(prices, plans, new FakeAddonRepository(),
            meters, new ImmediateTransactions(), ids, clock);
    private final Caller caller = aCaller().build();

    private static CreatePlanCommand plan(String lookupKey, List<CreatePriceCommand> planPrices) {
        return new CreatePlanCommand("Pro", "For teams", lookupKey, Map.of("tier", "pro"), planPrices);
    }

    @Test
    void createStoresThePlanWithItsPricesNamingIt() {
        String meterId = meters.add(aMeter().build()).id().value();

        PlanView created = service.create(caller, plan("pro", List.of(fixedFor(null, "pro_fee"),
                usageFor(null, "pro_tokens", meterId))));

        assertThat(created.plan().status()).isEqualTo(Status.PUBLISHED);
        assertThat(created.plan().audit().createdAt()).isEqualTo(NOW);
        assertThat(created.plan().audit().createdBy()).isEqualTo(ACTOR);
        assertThat(created.prices()).extracting(p -> p.terms().type())
                .containsExactly(PriceType.FIXED, PriceType.USAGE);
        assertThat(created.prices()).allSatisfy(p -> {
            assertThat(p.entityType()).isEqualTo(PriceEntityType.PLAN);
            assertThat(p.entityId()).isEqualTo(created.plan().id().value());
        });
        assertThat(find.get(caller, created.plan().id())).isEqualTo(created);
    }

    @Test
    void createReportsThePlansAndEveryPricesViolationsAndStoresNothing() {
        CreatePriceCommand usageWithoutMeter = usageFor(null, null, null);

        assertThat(fieldsRejected(() -> service.create(caller,
                new CreatePlanCommand(" ", null, null, null, List.of(fixedFor(null, null), usageWithoutMeter)))))
                .containsExactly("name", "prices[1].meter_id");
        assertThat(plans.all()).isEmpty();
        assertThat(prices.all()).isEmpty();
    }

    @Test
    void createWithAnUnknownMeterIsNotFoundAndStoresNothing() {
        assertThatThrownBy(() -> service.create(caller, plan("pro", List.of(usageFor(null, null, "meter_nope")))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.METER_NOT_FOUND));
        assertThat(plans.all()).isEmpty();
    }

    @Test
    void aLiveLookupKeyIsTakenButADeletedOneIsFree() {
        PlanView first = service.create(caller, plan("pro", List.of()));

        assertThatThrownBy(() -> service.create(caller, plan("pro", List.of())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_LOOKUP_KEY_TAKEN));
        service.delete(caller, first.plan().id());
        assertThat(service.create(caller, plan("pro", List.of())).plan().lookupKey()).isEqualTo("pro");
    }

    @Test
    void updateChangesOnlyTheFieldsGiven() {
        PlanView created = service.create(caller, plan("pro", List.of(fixedFor(null, null))));

        PlanView updated = service.update(caller, created.plan().id(),
                new UpdatePlanCommand("Pro 2", null, null, null));

        assertThat(updated.plan().name()).isEqualTo("Pro 2");
        assertThat(updated.plan().description()).isEqualTo("For teams");
        assertThat(updated.plan().metadata()).isEqualTo(created.plan().metadata());
        assertThat(updated.prices()).isEqualTo(created.prices());
        assertThat(fieldsRejected(() -> service.update(caller, created.plan().id(),
                new UpdatePlanCommand(" ", null, null, null)))).containsExactly("name");
    }

    @Test
    void deleteRemovesThePlanAndItsPricesFromReads() {
        PlanView created = service.create(caller, plan("pro", List.of(fixedFor(null, "pro_fee"))));

        service.delete(caller, created.plan().id());

        assertThatThrownBy(() -> find.get(caller, created.plan().id())).isInstanceOf(NotFoundException.class);
        assertThat(prices.all()).extracting(p -> p.status()).containsExactly(Status.DELETED);
        assertThat(find.search(caller, PlanFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aPlanOfAnotherEnvironmentIsNotFound() {
        PlanId id = service.create(caller, plan("pro", List.of())).plan().id();
        Caller elsewhere = aCaller().in(OTHER_ENVIRONMENT).build();

        assertThatThrownBy(() -> find.get(elsewhere, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(elsewhere, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteAlsoDeletesTheEndedVersionsOfThePlansPrices() {
        PlanView created = service.create(caller, plan("pro", List.of(fixedFor(null, "pro_fee"))));
        clock.advance(Duration.ofHours(1));
        managePrices.update(caller, created.prices().get(0).id(), new UpdatePriceCommand(null, null, null, null,
                new PriceTermsChange(null, new BigDecimal("59.00"), null, null, null), null));

        service.delete(caller, created.plan().id());

        assertThat(prices.all()).hasSize(2).extracting(ListedPrice::status).containsOnly(Status.DELETED);
    }

    @Test
    void aPlansViewListsItsCurrentAndScheduledPricesButNotItsEndedOnes() {
        PlanView created = service.create(caller, plan("pro", List.of(fixedFor(null, "pro_fee"))));
        ListedPrice april = managePrices.update(caller, created.prices().get(0).id(), new UpdatePriceCommand(null,
                null, null, null, new PriceTermsChange(null, new BigDecimal("59.00"), null, null, null), APRIL));

        assertThat(find.get(caller, created.plan().id()).prices()).extracting(ListedPrice::id)
                .containsExactly(created.prices().get(0).id(), april.id());
        clock.advance(Duration.between(NOW, APRIL));
        assertThat(find.get(caller, created.plan().id()).prices()).containsExactly(april);
    }

    @Test
    void aCloneCopiesThePlanAndItsCurrentPricesUnderNewIdsWithoutLookupKeys() {
        String meterId = meters.add(aMeter().build()).id().value();
        PlanView source = service.create(caller, plan("pro", List.of(fixedFor(null, "pro_fee"),
                usageFor(null, "pro_tokens", meterId))));
        clock.advance(Duration.ofDays(1));
        Instant clonedAt = NOW.plus(Duration.ofDays(1));

        PlanView clone = service.clone(caller, source.plan().id(),
                new ClonePlanCommand("Pro EU", "pro_eu", null, Map.of("region", "eu")));

        assertThat(clone.plan().id()).isNotEqualTo(source.plan().id());
        assertThat(clone.plan().name()).isEqualTo("Pro EU");
        assertThat(clone.plan().lookupKey()).isEqualTo("pro_eu");
        assertThat(clone.plan().description()).isEqualTo("For teams");
        assertThat(clone.plan().metadata().values()).containsExactly(Map.entry("tier", "pro"),
                Map.entry("region", "eu"), Map.entry("source_plan_id", source.plan().id().value()));
        assertThat(clone.plan().audit().createdAt()).isEqualTo(clonedAt);
        assertThat(clone.prices()).hasSize(2).allSatisfy(copy -> {
            assertThat(copy.entityId()).isEqualTo(clone.plan().id().value());
            assertThat(copy.lookupKey()).isNull();
            assertThat(copy.startDate()).isEqualTo(clonedAt);
            assertThat(copy.parentPriceId()).isNull();
        });
        assertThat(clone.prices()).extracting(ListedPrice::terms)
                .containsExactlyElementsOf(source.prices().stream().map(ListedPrice::terms).toList());
        assertThat(clone.prices()).extracting(ListedPrice::id)
                .doesNotContainAnyElementsOf(source.prices().stream().map(ListedPrice::id).toList());
        assertThat(clone.prices().get(1).meterId()).isEqualTo(source.prices().get(1).meterId());
        assertThat(find.get(caller, clone.plan().id())).isEqualTo(clone);
        assertThat(find.get(caller, source.plan().id())).isEqualTo(source);
    }

    @Test
    void aCloneKeepsAScheduledTermChangeAsALineOfItsOwnAndLeavesEndedPricesOut() {
        PlanView source = service.create(caller, plan("pro", List.of(fixedFor(null, "pro_fee"))));
        ListedPrice current = source.prices().get(0);
        clock.advance(Duration.ofHours(1));
        ListedPrice april = managePrices.update(caller, current.id(), new UpdatePriceCommand(null, null, null, null,
                new PriceTermsChange(null, new BigDecimal("59.00"), null, null, null), APRIL));
        clock.advance(Duration.ofHours(1));
        Instant clonedAt = NOW.plus(Duration.ofHours(2));

        PlanView clone = service.clone(caller, source.plan().id(), new ClonePlanCommand("Pro 2", "pro_2", null, null));

        assertThat(clone.prices()).hasSize(2);
        ListedPrice march = clone.prices().get(0);
        ListedPrice next = clone.prices().get(1);
        assertThat(march.startDate()).isEqualTo(clonedAt);
        assertThat(march.endDate()).isEqualTo(APRIL);
        assertThat(march.terms()).isEqualTo(current.terms());
        assertThat(march.parentPriceId()).isNull();
        assertThat(next.startDate()).isEqualTo(APRIL);
        assertThat(next.endDate()).isNull();
        assertThat(next.terms()).isEqualTo(april.terms());
        assertThat(next.parentPriceId()).isEqualTo(march.id());

        clock.advance(Duration.between(clonedAt, APRIL));
        assertThat(service.clone(caller, source.plan().id(), new ClonePlanCommand("Pro 3", "pro_3", null, null))
                .prices()).extracting(ListedPrice::terms).containsExactly(april.terms());
    }

    @Test
    void aCloneNeedsALookupKeyAndANewNameAndAFreeLookupKey() {
        PlanView source = service.create(caller, plan("pro", List.of(fixedFor(null, null))));
        service.create(caller, plan("taken", List.of()));
        int stored = prices.all().size();

        assertThat(fieldsRejected(() -> service.clone(caller, source.plan().id(),
                new ClonePlanCommand("Pro", null, null, null)))).containsExactly("lookup_key", "name");
        assertThat(fieldsRejected(() -> service.clone(caller, source.plan().id(),
                new ClonePlanCommand(null, "pro_2", null, null)))).containsExactly("name");
        assertThatThrownBy(() -> service.clone(caller, source.plan().id(),
                new ClonePlanCommand("Other", "taken", null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_LOOKUP_KEY_TAKEN));
        assertThatThrownBy(() -> service.clone(caller, new PlanId("plan_nope"),
                new ClonePlanCommand("Other", "other", null, null))).isInstanceOf(NotFoundException.class);
        assertThat(plans.all()).hasSize(2);
        assertThat(prices.all()).hasSize(stored);
    }
}
