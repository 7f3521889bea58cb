package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.CancelSubscriptionResponse}. {@code charges} is an extension of this server: every line
 * the cancellation settles (credits and the period's final arrear and usage charges).
 *
 * @param subscriptionId the subscription
 * @param status its status now
 * @param cancellationType now or at the end of the period
 * @param effectiveDate when it ends
 * @param processedAt when the cancellation was made
 * @param reason why
 * @param message the server's message
 * @param totalCreditAmount the credits, summed, positive
 * @param prorationDetails one per credited line item
 * @param charges every line settled (extension)
 */
public record CancelSubscriptionResult(String subscriptionId, SubscriptionStatus status,
                                       CancellationType cancellationType, Instant effectiveDate, Instant processedAt,
                                       String reason, String message,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCreditAmount,
                                       List<ProrationDetail> prorationDetails, List<ChargeLine> charges) {

    public CancelSubscriptionResult {
        prorationDetails = prorationDetails == null ? null : List.copyOf(prorationDetails);
        charges = charges == null ? null : List.copyOf(charges);
    }
}
