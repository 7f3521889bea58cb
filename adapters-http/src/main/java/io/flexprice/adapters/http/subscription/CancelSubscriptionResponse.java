package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.subscription.ChargeKind;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase.Cancellation;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.CancelSubscriptionResponse}: one {@code proration_details} entry per credited line.
 * Extension: {@code charges}, every line the cancellation settles (credits and the period's final arrear and
 * usage charges), for the invoice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CancelSubscriptionResponse(String subscriptionId, String status, String cancellationType,
                                         Instant effectiveDate, Instant processedAt, String reason, String message,
                                         String totalCreditAmount, List<ProrationDetail> prorationDetails,
                                         List<ChargeLineResponse> charges) {

    static CancelSubscriptionResponse from(Cancellation cancellation, String reason, Instant processedAt) {
        var subscription = cancellation.subscription();
        List<ChargeLine> credits = cancellation.charges().stream()
                .filter(line -> line.kind() == ChargeKind.PRORATION).toList();
        return new CancelSubscriptionResponse(subscription.id().value(), subscription.subscriptionStatus().wireValue(),
                cancellation.type().wireValue(), cancellation.effectiveDate(), processedAt, reason,
                "subscription cancelled " + (cancellation.type().wireValue().equals("immediate") ? "immediately"
                        : "at the end of the period"),
                Amounts.text(Amounts.sum(credits, subscription.currency(), l -> true).negate()),
                credits.stream().map(ProrationDetail::from).toList(),
                cancellation.charges().stream().map(ChargeLineResponse::from).toList());
    }

    /** FlexPrice's {@code dto.ProrationDetail}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProrationDetail(String lineItemId, String priceId, String description, String creditAmount,
                                  String chargeAmount) {

        static ProrationDetail from(ChargeLine line) {
            boolean credit = line.amount().isNegative();
            String amount = Amounts.text(credit ? line.amount().negate() : line.amount());
            return new ProrationDetail(line.lineItemId() == null ? null : line.lineItemId().value(),
                    line.priceId() == null ? null : line.priceId().value(), line.displayName(),
                    credit ? amount : "0", credit ? "0" : amount);
        }
    }
}
