package io.flexprice.adapters.http.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateTaxRequestsTest {

    private static List<String> fieldsRejected(Runnable parse) {
        return catchThrowableOfType(ValidationException.class, parse::run).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }

    @Test
    void aTaxRateRequestKeepsItsValueExactlyAsSent() {
        CreateTaxRateCommand command = new CreateTaxRateRequest("GST", "GST_IN", null, "18.00", null, "percentage",
                "external", null).toCommand();

        assertThat(command.type()).isEqualTo(TaxRateType.PERCENTAGE);
        assertThat(command.percentageValue()).isEqualTo(new BigDecimal("18.00"));
        assertThat(command.scope()).isEqualTo(TaxRateScope.EXTERNAL);
        assertThat(fieldsRejected(() -> new CreateTaxRateRequest("GST", "GST", null, "18%", "-", "vat", "global",
                null).toCommand())).containsExactly("tax_rate_type", "scope", "percentage_value", "fixed_value");
        assertThat(new UpdateTaxRateRequest(null, null, null, null, "inactive").toCommand().rateStatus())
                .isEqualTo(TaxRateStatus.INACTIVE);
        assertThat(fieldsRejected(() -> new UpdateTaxRateRequest(null, null, null, null, "off").toCommand()))
                .containsExactly("tax_rate_status");
    }

    @Test
    void aTaxAssociationRequestReadsFlexPricesEntityTypesAndItsDates() {
        CreateTaxAssociationCommand command = new CreateTaxAssociationRequest("GST_IN", "subscription", "sub_1", null,
                1, true, "inr", null, "2024-01-01T00:00:00Z", null).toCommand();

        assertThat(command.entityType()).isEqualTo(TaxEntityType.SUBSCRIPTION);
        assertThat(command.currency()).isEqualTo(Currency.getInstance("INR"));
        assertThat(command.startDate()).hasToString("2024-01-01T00:00:00Z");
        assertThat(fieldsRejected(() -> new CreateTaxAssociationRequest("GST_IN", "invoice", "inv_1", null, null,
                null, "rupees", null, "soon", "later").toCommand()))
                .containsExactly("entity_type", "currency", "start_date", "end_date");
    }
}
