package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.subscription.ChargeKind;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.Commitment;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * FlexPrice's {@code dto.GetUsageBySubscriptionResponse}: one {@code charges} entry per usage line item in force
 * (zero usage included) and one per overage line ({@code is_overage}); amounts are numbers rounded to the
 * currency's minor unit, {@code display_amount} the same as a decimal string. Extensions on each charge:
 * {@code line_item_id} and {@code price_id}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionUsageResponse(BigDecimal amount, String currency, String displayAmount, Instant startTime,
                                        Instant endTime, BigDecimal commitmentAmount, BigDecimal commitmentUtilized,
                                        BigDecimal overageFactor, boolean hasOverage, BigDecimal overageAmount,
                                        List<Charge> charges) {

    static SubscriptionUsageResponse from(Usage usage) {
        var currency = usage.subscription().currency();
        Money total = Amounts.sum(usage.charges(), currency, line -> true);
        Money overage = Amounts.sum(usage.charges(), currency, line -> line.kind() == ChargeKind.COMMITMENT_OVERAGE);
        Money used = Amounts.sum(usage.charges(), currency, line -> line.kind() == ChargeKind.USAGE);
        Commitment commitment = usage.subscription().commitment();
        BigDecimal utilized = !commitment.isPresent() ? null : used.amount().min(commitment.amount());
        return new SubscriptionUsageResponse(Amounts.decimal(total), currency.getCurrencyCode().toLowerCase(Locale.ROOT),
                Amounts.text(total), usage.period().start(), usage.period().end(),
                commitment.isPresent() ? commitment.amount() : null,
                utilized == null ? null : utilized.stripTrailingZeros(), commitment.overageFactor(),
                !overage.isZero(), Amounts.decimal(overage), usage.charges().stream().map(Charge::from).toList());
    }

    /** FlexPrice's {@code dto.SubscriptionUsageByMetersResponse}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Charge(String lineItemId, String priceId, String meterId, String meterDisplayName,
                         BigDecimal quantity, BigDecimal amount, String displayAmount, String currency,
                         boolean isOverage) {

        static Charge from(ChargeLine line) {
            return new Charge(line.lineItemId() == null ? null : line.lineItemId().value(),
                    line.priceId() == null ? null : line.priceId().value(),
                    line.meterId() == null ? null : line.meterId().value(), line.displayName(),
                    line.quantity().stripTrailingZeros(), Amounts.decimal(line.amount()), Amounts.text(line.amount()),
                    line.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                    line.kind() == ChargeKind.COMMITMENT_OVERAGE);
        }
    }
}
