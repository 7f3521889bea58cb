package io.flexprice.ports.application.plan;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagePlansServiceTest {

    private final FakePlanRepository plans = new FakePlanRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final ManagePlansService service = new ManagePlansService(plans, prices, meters,
            new ImmediateTransactions(), new SequentialIdGenerator(), CLOCK);
    private final FindPlansService find = new FindPlansService(plans, prices);
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
}
