package io.flexprice.domain.tax;

import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.money.Monies.EUR;
import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.usd;
import static io.flexprice.domain.tax.TaxRates.createdAtSecond;
import static io.flexprice.domain.tax.TaxRates.fixed;
import static io.flexprice.domain.tax.TaxRates.percent;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TaxPrecedenceTest {

    private static final Instant AT = at("2024-03-01T00:00:00Z");
    private static final TaxTarget TARGET = new TaxTarget(SCOPE, "cust_1", "sub_1");

    private final TaxRate vat = percent("vat", "20");
    private final TaxRate cgst = percent("cgst", "9");
    private final TaxRate sgst = percent("sgst", "9");
    private final TaxRate fee = fixed("fee", "1.50");
    private final Map<TaxRateId, TaxRate> rates = Stream.of(vat, cgst, sgst, fee)
            .collect(Collectors.toMap(TaxRate::id, Function.identity()));
    private int ids;

    private TaxAssociation attach(TaxRate rate, TaxEntityType type, String entityId, int priority) {
        return attach(rate, type, entityId, priority, true, null, null, null, createdAtSecond(0));
    }

    private TaxAssociation attach(TaxRate rate, TaxEntityType type, String entityId, int priority, boolean autoApply,
                                  Currency currency, Instant start, Instant end, Audit audit) {
        return new TaxAssociation(TaxAssociationId.of("ta_" + ++ids), SCOPE, rate.id(), type, entityId, priority,
                autoApply, currency, start, end, Metadata.EMPTY, Status.PUBLISHED, audit);
    }

    private List<TaxRateId> resolve(TaxTarget target, Currency currency, Instant at, List<TaxAssociation> all) {
        return TaxPrecedence.resolve(target, currency, at, all, rates).stream().map(t -> t.rate().id()).toList();
    }

    @Test
    void theSubscriptionsTaxesReplaceTheCustomersAndTheTenants() {
        List<TaxAssociation> all = List.of(attach(vat, TaxEntityType.TENANT, "tenant_1", 0),
                attach(fee, TaxEntityType.CUSTOMER, "cust_1", 0), attach(cgst, TaxEntityType.SUBSCRIPTION, "sub_1", 0));

        assertThat(resolve(TARGET, USD, AT, all)).containsExactly(cgst.id());
    }

    @Test
    void withoutSubscriptionTaxesTheCustomersApplyAndWithoutThoseTheTenants() {
        TaxAssociation tenantVat = attach(vat, TaxEntityType.TENANT, "tenant_1", 0);
        TaxAssociation customerFee = attach(fee, TaxEntityType.CUSTOMER, "cust_1", 0);

        assertThat(resolve(TARGET, USD, AT, List.of(tenantVat, customerFee))).containsExactly(fee.id());
        assertThat(resolve(TARGET, USD, AT, List.of(tenantVat))).containsExactly(vat.id());
        assertThat(resolve(new TaxTarget(SCOPE, "cust_1", null), USD, AT, List.of(tenantVat, customerFee)))
                .containsExactly(fee.id());
        assertThat(resolve(TARGET, USD, AT, List.of())).isEmpty();
    }

    @Test
    void withinALevelEveryTaxAppliesByPriorityThenAgeThenId() {
        List<TaxAssociation> all = new ArrayList<>();
        all.add(attach(sgst, TaxEntityType.CUSTOMER, "cust_1", 1, true, null, null, null, createdAtSecond(0)));
        all.add(attach(cgst, TaxEntityType.CUSTOMER, "cust_1", 1, true, null, null, null, createdAtSecond(-5)));
        all.add(attach(fee, TaxEntityType.CUSTOMER, "cust_1", 0, true, null, null, null, createdAtSecond(9)));

        List<ApplicableTax> taxes = TaxPrecedence.resolve(TARGET, USD, AT, all, rates);

        assertThat(taxes).extracting(t -> t.rate().id()).containsExactly(fee.id(), cgst.id(), sgst.id());
        // each on the same taxable 100.00: 1.50 + 9.00 + 9.00, none compounded on another
        assertThat(taxes.stream().map(t -> t.taxOn(usd("100.00"))).reduce(Money.zero(USD), Money::plus))
                .isEqualTo(usd("19.50"));
    }

    @Test
    void aRateAttachedTwiceInALevelAppliesOnceThroughItsFirstAssociation() {
        TaxAssociation first = attach(vat, TaxEntityType.SUBSCRIPTION, "sub_1", 0);
        TaxAssociation again = attach(vat, TaxEntityType.SUBSCRIPTION, "sub_1", 3);

        List<ApplicableTax> taxes = TaxPrecedence.resolve(TARGET, USD, AT, List.of(again, first), rates);

        assertThat(taxes).extracting(ApplicableTax::association).containsExactly(first);
    }

    @Test
    void associationsThatDoNotApplyLeaveTheLevelToTheNextOne() {
        TaxAssociation tenantVat = attach(vat, TaxEntityType.TENANT, "tenant_1", 0);
        List<TaxAssociation> notApplying = List.of(
                attach(cgst, TaxEntityType.SUBSCRIPTION, "sub_1", 0, false, null, null, null, createdAtSecond(0)),
                attach(cgst, TaxEntityType.SUBSCRIPTION, "sub_1", 0, true, EUR, null, null, createdAtSecond(0)),
                attach(cgst, TaxEntityType.SUBSCRIPTION, "sub_1", 0, true, null, AT.plusSeconds(1), null,
                        createdAtSecond(0)),
                attach(cgst, TaxEntityType.SUBSCRIPTION, "sub_1", 0, true, null, null, AT, createdAtSecond(0)),
                attach(cgst, TaxEntityType.SUBSCRIPTION, "sub_1", 0).deleted(createdAtSecond(0)),
                attach(cgst, TaxEntityType.SUBSCRIPTION, "sub_2", 0),
                attach(cgst, TaxEntityType.CUSTOMER, "cust_2", 0),
                attach(cgst, TaxEntityType.TENANT, "tenant_2", 0),
                attach(TaxRates.inactive(sgst), TaxEntityType.SUBSCRIPTION, "sub_1", 0),
                new TaxAssociation(TaxAssociationId.of("ta_other_scope"), Scope.of("tenant_1", "env_2"), cgst.id(),
                        TaxEntityType.SUBSCRIPTION, "sub_1", 0, true, null, null, null, Metadata.EMPTY,
                        Status.PUBLISHED, Fixtures.AUDIT));
        Map<TaxRateId, TaxRate> withInactive = new java.util.HashMap<>(rates);
        withInactive.put(sgst.id(), TaxRates.inactive(sgst));

        List<TaxAssociation> all = new ArrayList<>(notApplying);
        all.add(tenantVat);
        assertThat(TaxPrecedence.resolve(TARGET, USD, AT, all, withInactive))
                .extracting(t -> t.rate().id()).containsExactly(vat.id());
    }

    @Test
    void anAssociationAppliesInItsCurrencyAndWithinItsDates() {
        TaxAssociation euroOnlyFromMarch = attach(vat, TaxEntityType.CUSTOMER, "cust_1", 0, true, EUR, AT,
                at("2024-04-01T00:00:00Z"), createdAtSecond(0));

        assertThat(resolve(TARGET, EUR, AT, List.of(euroOnlyFromMarch))).containsExactly(vat.id());
        assertThat(resolve(TARGET, USD, AT, List.of(euroOnlyFromMarch))).isEmpty();
        assertThat(resolve(TARGET, EUR, AT.minusNanos(1), List.of(euroOnlyFromMarch))).isEmpty();
        assertThat(resolve(TARGET, EUR, at("2024-04-01T00:00:00Z"), List.of(euroOnlyFromMarch))).isEmpty();
    }

    @Test
    void aRateThatIsNotGivenDoesNotCount() {
        TaxAssociation unknown = new TaxAssociation(TaxAssociationId.of("ta_x"), SCOPE, TaxRateId.of("rate_gone"),
                TaxEntityType.SUBSCRIPTION, "sub_1", 0, true, null, null, null, null, Status.PUBLISHED,
                Fixtures.AUDIT);

        assertThat(resolve(TARGET, USD, AT, List.of(unknown, attach(vat, TaxEntityType.TENANT, "tenant_1", 0))))
                .containsExactly(vat.id());
    }
}
