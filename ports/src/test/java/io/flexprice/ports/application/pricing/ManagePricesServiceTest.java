package io.flexprice.ports.application.pricing;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Meters.aMeter;
import static io.flexprice.ports.testing.PriceCommands.fixedFor;
import static io.flexprice.ports.testing.PriceCommands.fixedForAddon;
import static io.flexprice.ports.testing.PriceCommands.flatFee;
import static io.flexprice.ports.testing.PriceCommands.usageFor;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceTermsChange;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.ports.application.addon.ManageAddonsService;
import io.flexprice.ports.application.plan.ManagePlansService;
import io.flexprice.ports.in.addon.CreateAddonCommand;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.testing.FakeAddonRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePlanRepository;
import io.flexprice.ports.testing.FakePriceRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagePricesServiceTest {

    private static final Instant APRIL = Instant.parse("2024-04-01T00:00:00Z");

    private final TestClock clock = new TestClock(NOW);
    private final FakePlanRepository plans = new FakePlanRepository();
    private final FakeAddonRepository addons = new FakeAddonRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ManagePricesService service =
            new ManagePricesService(prices, plans, addons, meters, new ImmediateTransactions(), ids, clock);
    private final FindPricesService find = new FindPricesService(prices, clock);
    private final Caller caller = aCaller().build();
    private String planId;
    private String meterId;

    @BeforeEach
    void aPlanAndAMeter() {
        meterId = meters.add(aMeter().build()).id().value();
        planId = new ManagePlansService(plans, prices, meters, new ImmediateTransactions(), ids, clock)
                .create(caller, new CreatePlanCommand("Pro", null, null, null, List.of())).plan().id().value();
    }

    private static UpdatePriceCommand newAmount(String amount, Instant effectiveFrom) {
        return new UpdatePriceCommand(null, null, null, null,
                new PriceTermsChange(null, new BigDecimal(amount), null, null, null), effectiveFrom);
    }

    @Test
    void createdPriceIsFoundByIdAndByLookupKeyAndStartsWhenCreated() {
        ListedPrice created = service.create(caller, usageFor(planId, "pro_tokens", meterId));

        assertThat(created.startDate()).isEqualTo(NOW);
        assertThat(created.endDate()).isNull();
        assertThat(find.get(caller, created.id())).isEqualTo(created);
        assertThat(find.getByLookupKey(caller, "pro_tokens")).isEqualTo(created);
        assertThat(find.search(caller, PriceFilter.ofEntity(planId), PageRequest.first(10)).items())
                .containsExactly(created);
    }

    @Test
    void aPriceCreatedWithDatesKeepsThem() {
        CreatePriceCommand c = fixedFor(planId, null);
        ListedPrice created = service.create(caller, new CreatePriceCommand(c.entityType(), c.entityId(), null, null,
                null, null, null, c.terms(), APRIL, APRIL.plus(Duration.ofDays(30))));

        assertThat(created.startDate()).isEqualTo(APRIL);
        assertThat(created.endDate()).isEqualTo(APRIL.plus(Duration.ofDays(30)));
        assertThat(fieldsRejected(() -> service.create(caller, new CreatePriceCommand(c.entityType(), c.entityId(),
                null, null, null, null, null, c.terms(), APRIL, APRIL)))).containsExactly("end_date");
    }

    @Test
    void createForAnUnknownPlanIsNotFound() {
        assertThatThrownBy(() -> service.create(caller, fixedFor("plan_nope", null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_NOT_FOUND));
    }

    @Test
    void anAddonListsPricesAndAnUnknownAddonIsNotFound() {
        String addonId = new ManageAddonsService(addons, prices, meters, new ImmediateTransactions(), ids, clock)
                .create(caller, new CreateAddonCommand("Seats", null, "seats", AddonType.MULTIPLE_INSTANCE, null,
                        List.of())).addon().id().value();

        ListedPrice created = service.create(caller, fixedForAddon(addonId, "seat_fee"));

        assertThat(created.entityType()).isEqualTo(PriceEntityType.ADDON);
        assertThat(find.inEffect(caller, PriceEntityType.ADDON, addonId, NOW)).containsExactly(created);
        assertThat(find.inEffect(caller, PriceEntityType.PLAN, addonId, NOW)).isEmpty();
        assertThatThrownBy(() -> service.create(caller, fixedForAddon("addon_nope", null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDON_NOT_FOUND));
    }

    @Test
    void bulkCreateReportsEveryItemsViolationsAndStoresNothing() {
        assertThat(fieldsRejected(() -> service.createAll(caller, List.of(fixedFor(planId, "a"),
                usageFor(planId, "b", null), fixedFor(null, null)))))
                .containsExactly("items[1].meter_id", "items[2].entity_id");
        assertThat(prices.all()).isEmpty();
    }

    @Test
    void bulkCreateStoresEveryPrice() {
        List<ListedPrice> created = service.createAll(caller, List.of(fixedFor(planId, "a"),
                usageFor(planId, "b", meterId)));

        assertThat(prices.all()).containsExactlyElementsOf(created);
    }

    @Test
    void aLiveLookupKeyConflictsUntilItsPriceIsDeleted() {
        ListedPrice first = service.create(caller, fixedFor(planId, "pro_fee"));

        assertThatThrownBy(() -> service.create(caller, fixedFor(planId, "pro_fee")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRICE_LOOKUP_KEY_TAKEN));
        service.delete(caller, first.id());
        assertThatThrownBy(() -> find.get(caller, first.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.create(caller, fixedFor(planId, "pro_fee")).lookupKey()).isEqualTo("pro_fee");
    }

    @Test
    void updateWithoutTermsChangesTheEditableFieldsInPlace() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));

        ListedPrice updated = service.update(caller, created.id(),
                new UpdatePriceCommand("pro_fee_v2", "Fee", null, Map.of("a", "b")));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.lookupKey()).isEqualTo("pro_fee_v2");
        assertThat(updated.displayName()).isEqualTo("Fee");
        assertThat(updated.metadata()).isEqualTo(Metadata.of(Map.of("a", "b")));
        assertThat(updated.terms()).isEqualTo(created.terms());
        assertThat(find.get(caller, created.id())).isEqualTo(updated);
    }

    @Test
    void aTermChangeWithoutEffectiveFromEndsThePriceNowAndItsSuccessorTakesTheLookupKey() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));
        clock.advance(Duration.ofHours(1));
        Instant changedAt = NOW.plus(Duration.ofHours(1));

        ListedPrice successor = service.update(caller, created.id(), newAmount("59.00", null));

        assertThat(successor.id()).isNotEqualTo(created.id());
        assertThat(successor.terms()).isEqualTo(flatFee("59.00"));
        assertThat(successor.startDate()).isEqualTo(changedAt);
        assertThat(successor.endDate()).isNull();
        assertThat(successor.parentPriceId()).isEqualTo(created.id());
        assertThat(successor.lookupKey()).isEqualTo("pro_fee");
        assertThat(successor.entityId()).isEqualTo(planId);
        assertThat(successor.audit()).isEqualTo(Audit.createdBy(caller.actor(), changedAt));
        ListedPrice ended = find.get(caller, created.id());
        assertThat(ended.endDate()).isEqualTo(changedAt);
        assertThat(ended.lookupKey()).isNull();
        assertThat(ended.terms()).isEqualTo(flatFee("49.00"));
        assertThat(find.getByLookupKey(caller, "pro_fee")).isEqualTo(successor);
    }

    @Test
    void aTermChangeFromAFutureInstantLeavesTheOldTermsInEffectUntilThen() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));

        ListedPrice successor = service.update(caller, created.id(), newAmount("59.00", APRIL));

        ListedPrice ended = find.get(caller, created.id());
        assertThat(find.inEffect(caller, PriceEntityType.PLAN, planId, NOW)).containsExactly(ended);
        assertThat(find.inEffect(caller, PriceEntityType.PLAN, planId, APRIL.minusNanos(1))).containsExactly(ended);
        assertThat(find.inEffect(caller, PriceEntityType.PLAN, planId, APRIL)).containsExactly(successor);
        assertThat(find.inEffect(caller, PriceEntityType.PLAN, planId, NOW.minusNanos(1))).isEmpty();
        assertThat(find.search(caller, PriceFilter.ofEntity(planId), PageRequest.first(10), false).items())
                .containsExactly(successor, ended);
    }

    @Test
    void theOtherFieldsOfATermChangeApplyToTheNewVersion() {
        ListedPrice created = service.create(caller, usageFor(planId, "pro_tokens", meterId));
        List<PriceTier> cheaper = List.of(new PriceTier(new BigDecimal("1000"), new BigDecimal("0.008"), null),
                new PriceTier(null, new BigDecimal("0.004"), null));

        ListedPrice successor = service.update(caller, created.id(), new UpdatePriceCommand("pro_tokens_2024",
                "Tokens 2024", "Cheaper", Map.of("v", "2"), new PriceTermsChange(null, null, TierMode.VOLUME, cheaper,
                null), APRIL));

        assertThat(successor.lookupKey()).isEqualTo("pro_tokens_2024");
        assertThat(successor.displayName()).isEqualTo("Tokens 2024");
        assertThat(successor.description()).isEqualTo("Cheaper");
        assertThat(successor.metadata()).isEqualTo(Metadata.of(Map.of("v", "2")));
        assertThat(successor.meterId()).isEqualTo(created.meterId());
        assertThat(successor.terms().tierMode()).isEqualTo(TierMode.VOLUME);
        assertThat(successor.terms().tiers()).isEqualTo(cheaper);
        assertThat(find.get(caller, created.id()).displayName()).isEqualTo("Tokens");
    }

    @Test
    void effectiveFromWithoutATermChangeIsRefused() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));

        assertThat(fieldsRejected(() -> service.update(caller, created.id(),
                new UpdatePriceCommand("x", null, null, null, PriceTermsChange.NONE, APRIL))))
                .containsExactly("effective_from");
        assertThat(prices.all()).containsExactly(created);
    }

    @Test
    void invalidNewTermsAndAPastEffectiveFromAreReportedTogetherAndNothingIsStored() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));

        assertThat(fieldsRejected(() -> service.update(caller, created.id(), new UpdatePriceCommand(null, null, null,
                null, new PriceTermsChange(BillingModel.PACKAGE, null, null, null, null), NOW.minusSeconds(1)))))
                .containsExactly("transform_quantity", "effective_from");
        assertThat(prices.all()).containsExactly(created);
    }

    @Test
    void onlyTheLatestVersionOfALineTakesATermChange() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));
        ListedPrice second = service.update(caller, created.id(), newAmount("59.00", APRIL));

        assertThat(fieldsRejected(() -> service.update(caller, created.id(), newAmount("69.00", null))))
                .containsExactly("end_date");
        ListedPrice third = service.update(caller, second.id(), newAmount("69.00", APRIL.plus(Duration.ofDays(30))));

        assertThat(third.parentPriceId()).isEqualTo(created.id());
        assertThat(find.get(caller, second.id()).endDate()).isEqualTo(APRIL.plus(Duration.ofDays(30)));
    }

    @Test
    void endedPricesAreListedOnlyWhenAskedFor() {
        CreatePriceCommand c = fixedFor(planId, null);
        ListedPrice march = service.create(caller, new CreatePriceCommand(c.entityType(), c.entityId(), null, null,
                null, null, null, c.terms(), null, APRIL));
        clock.advance(Duration.between(NOW, APRIL));

        assertThat(find.search(caller, PriceFilter.ofEntity(planId), PageRequest.first(10), false).items()).isEmpty();
        assertThat(find.search(caller, PriceFilter.ofEntity(planId), PageRequest.first(10), true).items())
                .containsExactly(march);
        assertThat(find.get(caller, march.id())).isEqualTo(march);
    }

    @Test
    void theInEffectQueryNeedsAnEntityAndAnInstant() {
        assertThat(fieldsRejected(() -> find.inEffect(caller, null, " ", null)))
                .containsExactly("entity_type", "entity_id", "at");
    }

    @Test
    void aTermChangeToALookupKeyTakenByAnotherPriceConflictsAndChangesNothing() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));
        ListedPrice other = service.create(caller, fixedFor(planId, "other_fee"));
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> service.update(caller, created.id(), new UpdatePriceCommand("other_fee", null, null,
                null, new PriceTermsChange(null, BigDecimal.TEN, null, null, null), null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRICE_LOOKUP_KEY_TAKEN));
        assertThat(prices.all()).containsExactly(created, other);
    }

    @Test
    void aBulkCreateRepeatingALookupKeyConflictsAndStoresNothing() {
        assertThatThrownBy(() -> service.createAll(caller, List.of(fixedFor(planId, "a"), fixedFor(planId, "a"))))
                .isInstanceOf(ConflictException.class);
        assertThat(prices.all()).isEmpty();
    }

    @Test
    void endAtEndsThePriceThereItStaysReadableAndIsNoLongerInEffectFromThen() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));

        ListedPrice ending = service.endAt(caller, created.id(), APRIL);

        assertThat(ending.endDate()).isEqualTo(APRIL);
        assertThat(prices.findById(caller.scope(), created.id())).contains(ending);
        assertThat(find.get(caller, created.id()).endDate()).isEqualTo(APRIL);
        assertThat(prices.findInEffect(caller.scope(), PriceEntityType.PLAN, planId, APRIL.minusSeconds(1)))
                .extracting(ListedPrice::id).containsExactly(created.id());
        assertThat(prices.findInEffect(caller.scope(), PriceEntityType.PLAN, planId, APRIL)).isEmpty();
    }

    @Test
    void endAtInThePastIsRefusedAndChangesNothing() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));

        // in the past, and before the price's start (now): both on end_date
        assertThat(fieldsRejected(() -> service.endAt(caller, created.id(), NOW.minusSeconds(60))))
                .containsExactly("end_date", "end_date");
        assertThat(prices.findById(caller.scope(), created.id())).contains(created);
        assertThatThrownBy(() -> service.endAt(caller, PriceId.of("price_missing"), APRIL))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRICE_NOT_FOUND));
    }
}
