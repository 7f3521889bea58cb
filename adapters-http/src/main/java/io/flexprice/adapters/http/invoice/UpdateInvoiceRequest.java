package io.flexprice.adapters.http.invoice;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.invoice.UpdateInvoiceCommand;
import java.time.Instant;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateInvoiceRequest}: absent fields keep their value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateInvoiceRequest(String dueDate, String invoicePdfUrl, Map<String, String> metadata) {

    public UpdateInvoiceCommand toCommand() {
        WireParser wire = new WireParser();
        Instant due = wire.instant(dueDate, "due_date");
        wire.throwIfInvalid();
        return new UpdateInvoiceCommand(due, invoicePdfUrl, metadata);
    }
}
