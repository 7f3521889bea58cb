package io.flexprice.domain.tax;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.money.Monies.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaxAssociationTest {

    private static final Instant START = at("2024-01-01T00:00:00Z");

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertThat(fieldsRejected(() -> new TaxAssociation(TaxAssociationId.of("ta"), SCOPE, null, null, " ", -1,
                true, null, START, START, null, Status.PUBLISHED, AUDIT)))
                .containsExactly("tax_rate_id", "entity_type", "entity_id", "priority", "end_date");
        assertThat(fieldsRejected(() -> new TaxTarget(SCOPE, null, "sub_1"))).containsExactly("customer_id");
    }

    @Test
    void changingDetailsKeepsWhatItIsAttachedTo() {
        TaxAssociation association = new TaxAssociation(TaxAssociationId.of("ta"), SCOPE, TaxRateId.of("vat"),
                TaxEntityType.CUSTOMER, "cust_1", 0, true, USD, START, null, Metadata.EMPTY, Status.PUBLISHED, AUDIT);

        TaxAssociation changed = association.withDetails(5, false, at("2024-02-01T00:00:00Z"), Metadata.EMPTY, AUDIT);

        assertThat(changed.priority()).isEqualTo(5);
        assertThat(changed.autoApply()).isFalse();
        assertThat(changed.isAttachedTo(new TaxEntity(TaxEntityType.CUSTOMER, "cust_1"))).isTrue();
        assertThat(changed.isAttachedTo(new TaxEntity(TaxEntityType.SUBSCRIPTION, "cust_1"))).isFalse();
        assertThat(association.appliesAt(USD, START)).isTrue();
        assertThat(changed.appliesAt(USD, START)).isFalse();
        assertThat(fieldsRejected(() -> association.withDetails(0, true, START, null, AUDIT)))
                .containsExactly("end_date");
        assertThatThrownBy(() -> new ApplicableTax(association, TaxRates.percent("other", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
