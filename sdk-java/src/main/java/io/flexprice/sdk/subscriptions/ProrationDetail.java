package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * FlexPrice's {@code dto.ProrationDetail}: what a cancellation credits or charges for one line item.
 *
 * @param lineItemId the line item
 * @param priceId its price
 * @param description what it is
 * @param creditAmount the credit, positive
 * @param chargeAmount the charge
 * @param originalAmount FlexPrice: the line's amount before proration
 * @param planName FlexPrice: the plan's name
 * @param prorationDays FlexPrice: the days prorated
 */
public record ProrationDetail(String lineItemId, String priceId, String description,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditAmount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal chargeAmount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal originalAmount, String planName,
                              Integer prorationDays) {


}
