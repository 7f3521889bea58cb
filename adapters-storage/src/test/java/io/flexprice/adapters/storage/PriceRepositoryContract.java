package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceSuccession;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link PriceRepository} does. A usage price's meter is a stored meter of its scope. */
public abstract class PriceRepositoryContract {

    private static final Currency USD = Currency.getInstance("USD");

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract PriceRepository repository();

    /** Where the meters of usage prices are stored first. */
    protected abstract MeterRepository meters();

    private static Price flatFee(String amount) {
        return new Price(PriceType.FIXED, BillingModel.FLAT_FEE, USD, new BigDecimal(amount), null, null, null,
                BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ADVANCE, null);
    }

    private ListedPrice aFixedPrice(Scope in, String planId, String lookupKey, Instant createdAt) {
        return new ListedPrice(new PriceId(Fixtures.uniqueId("price")), in, PriceEntityType.PLAN, planId, lookupKey,
                null, "Platform fee", null, Metadata.EMPTY, flatFee("49.00"), Status.PUBLISHED,
                Audit.createdBy("alice", createdAt));
    }

    @Test
    void tieredUsagePriceIsReadBackWithEveryFieldAndTheScaleOfEveryAmount() {
        ListedPrice price = new ListedPrice(new PriceId(Fixtures.uniqueId("price")), scope, PriceEntityType.PLAN,
                "plan_1", "pro_tokens", storedMeter(), "Tokens", "Per token", Metadata.of(Map.of("a", "b")),
                new Price(PriceType.USAGE, BillingModel.TIERED, USD, null, TierMode.SLAB,
                        List.of(new PriceTier(new BigDecimal("1000"), new BigDecimal("0.010"), new BigDecimal("5.00")),
                                new PriceTier(null, new BigDecimal("0.000000000125"), null)),
                        null, BillingCadence.RECURRING, BillingPeriod.QUARTERLY, 2, InvoiceCadence.ARREAR,
                        new BigDecimal("1.50")),
                Status.PUBLISHED, new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().insert(price);

        assertThat(repository().findById(scope, price.id())).contains(price);
    }

    @Test
    void packageAndOneTimePricesAreReadBackWithEveryField() {
        ListedPrice packaged = new ListedPrice(new PriceId(Fixtures.uniqueId("price")), scope, PriceEntityType.PLAN,
                "plan_1", null, storedMeter(), null, null, Metadata.EMPTY,
                new Price(PriceType.USAGE, BillingModel.PACKAGE, USD, new BigDecimal("5"), null, null,
                        new TransformQuantity(new BigDecimal("100"), RoundType.DOWN), BillingCadence.ONETIME, null,
                        1, InvoiceCadence.ADVANCE, null),
                Status.ARCHIVED, Audit.createdBy(null, T0));

        repository().insert(packaged);

        assertThat(repository().findById(scope, packaged.id())).contains(packaged);
    }

    @Test
    void updateReplacesTheEditableFieldsAndADeletedPriceIsFoundByIdOnly() {
        ListedPrice price = aFixedPrice(scope, "plan_1", "pro_fee", T0);
        repository().insert(price);
        ListedPrice changed = price.withDetails("pro_fee_2", "Fee", "Monthly fee", Metadata.of(Map.of("x", "y")),
                price.audit().updatedBy("carol", T0.plusSeconds(60)));

        repository().update(changed);
        assertThat(repository().findByLookupKey(scope, "pro_fee_2")).contains(changed);

        repository().update(changed.deleted(changed.audit()));
        assertThat(repository().findById(scope, price.id())).contains(changed.deleted(changed.audit()));
        assertThat(repository().findByLookupKey(scope, "pro_fee_2")).isEmpty();
    }

    @Test
    void aLiveLookupKeyConflictsOnInsertAndUpdateUntilItsPriceIsDeleted() {
        ListedPrice first = aFixedPrice(scope, "plan_1", "pro_fee", T0);
        repository().insert(first);
        ListedPrice other = aFixedPrice(scope, "plan_1", "basic_fee", T0);
        repository().insert(other);

        assertConflict(() -> repository().insert(aFixedPrice(scope, "plan_2", "pro_fee", T0)));
        assertConflict(() -> repository().update(other.withDetails("pro_fee", null, null, Metadata.EMPTY,
                other.audit())));
        repository().update(first.deleted(first.audit()));
        ListedPrice successor = aFixedPrice(scope, "plan_2", "pro_fee", T0);
        repository().insert(successor);

        assertThat(repository().findByLookupKey(scope, "pro_fee")).contains(successor);
        repository().insert(aFixedPrice(scope, "plan_1", null, T0));
        repository().insert(aFixedPrice(scope, "plan_1", null, T0));
    }

    @Test
    void priceOfOneScopeIsInvisibleFromAnother() {
        ListedPrice price = aFixedPrice(scope, "plan_1", "pro_fee", T0);
        repository().insert(price);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));

        assertThat(repository().findById(other, price.id())).isEmpty();
        assertThat(repository().findByLookupKey(other, "pro_fee")).isEmpty();
        assertThat(repository().search(other, PriceFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
        repository().insert(aFixedPrice(other, "plan_1", "pro_fee", T0));
    }

    @Test
    void searchNarrowsByIdsEntitiesMetersLookupKeysAndStatusAndPagesNewestFirst() {
        MeterId meter = storedMeter();
        ListedPrice oldest = aFixedPrice(scope, "plan_1", "a", T0);
        ListedPrice middle = aFixedPrice(scope, "plan_2", "b", T0.plusSeconds(1));
        ListedPrice newest = new ListedPrice(new PriceId(Fixtures.uniqueId("price")), scope, PriceEntityType.PLAN,
                "plan_1", "c", meter, null, null, Metadata.EMPTY,
                new Price(PriceType.USAGE, BillingModel.FLAT_FEE, USD, new BigDecimal("0.01"), null, null, null,
                        BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null),
                Status.PUBLISHED, Audit.createdBy("alice", T0.plusSeconds(2)));
        ListedPrice deleted = aFixedPrice(scope, "plan_1", "d", T0.plusSeconds(3)).deleted(Audit.createdBy("x", T0));
        for (ListedPrice price : List.of(middle, newest, oldest, deleted)) {
            repository().insert(price);
        }

        assertThat(search(PriceFilter.ALL_LIVE).items()).containsExactly(newest, middle, oldest);
        assertThat(search(new PriceFilter(null, null, null, null, Status.DELETED)).items()).containsExactly(deleted);
        assertThat(search(PriceFilter.ofEntity("plan_1")).items()).containsExactly(newest, oldest);
        assertThat(search(new PriceFilter(List.of(middle.id().value()), null, null, null, null)).items())
                .containsExactly(middle);
        assertThat(search(new PriceFilter(null, null, List.of(meter.value()), null, null)).items())
                .containsExactly(newest);
        assertThat(search(new PriceFilter(null, null, null, List.of("a", "b"), null)).items())
                .containsExactly(middle, oldest);
        Page<ListedPrice> page = repository().search(scope, PriceFilter.ALL_LIVE, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    private ListedPrice aVersion(PriceEntityType entityType, String entityId, Instant start, Instant end,
                                 PriceId parent, Status status) {
        return new ListedPrice(new PriceId(Fixtures.uniqueId("price")), scope, entityType, entityId, null, null,
                "Platform fee", null, Metadata.EMPTY, flatFee("49.00"), start, end, parent, status,
                Audit.createdBy("alice", T0));
    }

    @Test
    void validityAndParentAreReadBackExactly() {
        ListedPrice first = aFixedPrice(scope, "plan_1", null, T0);
        ListedPrice version = aVersion(PriceEntityType.ADDON, "addon_1", T0.plusSeconds(3600),
                T0.plusSeconds(7200).plusNanos(123_000), first.id(), Status.PUBLISHED);
        repository().insert(first);
        repository().insert(version);

        assertThat(repository().findById(scope, first.id())).contains(first);
        assertThat(repository().findById(scope, first.id()).orElseThrow().startDate()).isEqualTo(T0);
        assertThat(repository().findById(scope, version.id())).contains(version);
    }

    @Test
    void aTermChangeStoresTheEndedPriceAndItsSuccessorWhichTakesTheLookupKey() {
        ListedPrice current = aFixedPrice(scope, "plan_1", "pro_fee", T0);
        repository().insert(current);
        PriceSuccession change = current.succeededBy(new PriceId(Fixtures.uniqueId("price")), flatFee("59.00"),
                T0.plusSeconds(86_400), "bob", T0.plusSeconds(60));

        repository().update(change.ended());
        repository().insert(change.successor());

        assertThat(repository().findById(scope, current.id())).contains(change.ended());
        assertThat(repository().findByLookupKey(scope, "pro_fee")).contains(change.successor());
        assertThat(search(new PriceFilter(null, null, null, null, null, null, current.id().value(), null, null))
                .items()).containsExactly(change.successor());
    }

    @Test
    void searchNarrowsByEntityTypeStartAndEnd() {
        ListedPrice ended = aVersion(PriceEntityType.PLAN, "entity_1", T0, T0.plusSeconds(10), null,
                Status.PUBLISHED);
        ListedPrice current = aVersion(PriceEntityType.PLAN, "entity_1", T0.plusSeconds(10), null, null,
                Status.PUBLISHED);
        ListedPrice addonPrice = aVersion(PriceEntityType.ADDON, "entity_1", T0.plusSeconds(20),
                T0.plusSeconds(30), null, Status.PUBLISHED);
        for (ListedPrice price : List.of(ended, current, addonPrice)) {
            repository().insert(price);
        }

        assertThat(search(PriceFilter.ofEntity(PriceEntityType.PLAN, "entity_1")).items())
                .containsExactlyInAnyOrder(ended, current);
        assertThat(search(PriceFilter.ofEntity(PriceEntityType.ADDON, "entity_1")).items())
                .containsExactly(addonPrice);
        assertThat(search(PriceFilter.ofEntity("entity_1").notEndedAt(T0.plusSeconds(10))).items())
                .containsExactlyInAnyOrder(current, addonPrice);
        assertThat(search(PriceFilter.ofEntity("entity_1").notEndedAt(T0.plusSeconds(30))).items())
                .containsExactly(current);
        assertThat(search(new PriceFilter(null, List.of("entity_1"), null, null, null, null, null,
                T0.plusSeconds(20), null)).items()).containsExactlyInAnyOrder(ended, current);
    }

    @Test
    void thePricesInEffectAtAnInstantArePublishedStartedAndNotEndedAndOrderedByStart() {
        Instant change = T0.plusSeconds(3600);
        ListedPrice before = aVersion(PriceEntityType.PLAN, "plan_v", T0, change, null, Status.PUBLISHED);
        ListedPrice after = aVersion(PriceEntityType.PLAN, "plan_v", change, null, before.id(), Status.PUBLISHED);
        ListedPrice always = aVersion(PriceEntityType.PLAN, "plan_v", T0.minusSeconds(60), null, null,
                Status.PUBLISHED);
        for (ListedPrice price : List.of(after, before, always,
                aVersion(PriceEntityType.PLAN, "plan_v", T0, null, null, Status.ARCHIVED),
                aVersion(PriceEntityType.PLAN, "plan_v", T0, null, null, Status.PUBLISHED).deleted(
                        Audit.createdBy("x", T0)),
                aVersion(PriceEntityType.ADDON, "plan_v", T0, null, null, Status.PUBLISHED),
                aVersion(PriceEntityType.PLAN, "plan_other", T0, null, null, Status.PUBLISHED))) {
            repository().insert(price);
        }

        assertThat(inEffect(T0.minusSeconds(61))).isEmpty();
        assertThat(inEffect(T0.minusNanos(1000))).containsExactly(always);
        assertThat(inEffect(T0)).containsExactly(always, before);
        assertThat(inEffect(change.minusNanos(1000))).containsExactly(always, before);
        assertThat(inEffect(change)).containsExactly(always, after);
        assertThat(repository().findInEffect(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                PriceEntityType.PLAN, "plan_v", change)).isEmpty();
    }

    @Test
    void updateOfAPriceThatIsNotStoredInTheScopeFails() {
        assertThatThrownBy(() -> repository().update(aFixedPrice(scope, "plan_1", null, T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private MeterId storedMeter() {
        Meter meter = Fixtures.aMeter(scope, T0);
        meters().insert(meter);
        return meter.id();
    }

    private List<ListedPrice> inEffect(Instant at) {
        return repository().findInEffect(scope, PriceEntityType.PLAN, "plan_v", at);
    }

    private Page<ListedPrice> search(PriceFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.PRICE_LOOKUP_KEY_TAKEN));
    }
}
