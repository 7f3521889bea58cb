package io.flexprice.adapters.http.tax;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.ports.in.tax.FindTaxAssociationsQuery.TaxAssociationView;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * FlexPrice's {@code dto.TaxAssociationResponse}, plus {@code start_date} / {@code end_date} (extensions);
 * {@code tax_rate} where the association is read with its rate.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaxAssociationResponse(String id, String taxRateId, String entityType, String entityId, int priority,
                                     boolean autoApply, String currency, Instant startDate, Instant endDate,
                                     Map<String, String> metadata, TaxRateResponse taxRate, String status,
                                     String tenantId, String environmentId, Instant createdAt, String createdBy,
                                     Instant updatedAt, String updatedBy) {

    public static TaxAssociationResponse from(TaxAssociationView view) {
        return from(view.association(), TaxRateResponse.from(view.rate()));
    }

    public static TaxAssociationResponse from(TaxAssociation association) {
        return from(association, null);
    }

    private static TaxAssociationResponse from(TaxAssociation a, TaxRateResponse rate) {
        return new TaxAssociationResponse(a.id().value(), a.taxRateId().value(), a.entityType().wireValue(),
                a.entityId(), a.priority(), a.autoApply(),
                a.currency() == null ? null : a.currency().getCurrencyCode().toLowerCase(Locale.ROOT), a.startDate(),
                a.endDate(), a.metadata().values(), rate, a.status().wireValue(), a.scope().tenantId().value(),
                a.scope().environmentId().value(), a.audit().createdAt(), a.audit().createdBy(),
                a.audit().updatedAt(), a.audit().updatedBy());
    }
}
