package io.flexprice.adapters.http.creditnote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.ports.in.creditnote.CreateCreditNoteCommand;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateCreditNoteRequestTest {

    @Test
    void aRequestBecomesTheCommand() {
        CreateCreditNoteCommand command = new CreateCreditNoteRequest("inv_1", "billing_error", "sorry",
                List.of(new CreateCreditNoteRequest.LineItem("inv_line_1", "12.30", null, null)), null, true, null)
                .toCommand();

        assertThat(command.reason()).isEqualTo(CreditNoteReason.BILLING_ERROR);
        assertThat(command.processCreditNote()).isTrue();
        assertThat(command.lineItems().get(0).amount()).isEqualTo(new BigDecimal("12.30"));
    }

    @Test
    void missingAndMalformedFieldsAreNamedAtOnce() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () ->
                new CreateCreditNoteRequest(null, "BECAUSE", null,
                        List.of(new CreateCreditNoteRequest.LineItem("inv_line_1", "ten", null, null)), null, null,
                        null).toCommand());

        assertThat(refused.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("invoice_id", "reason", "line_items[0].amount");
    }
}
