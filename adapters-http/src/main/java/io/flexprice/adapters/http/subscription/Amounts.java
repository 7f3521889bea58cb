package io.flexprice.adapters.http.subscription;

import io.flexprice.domain.money.Money;
import io.flexprice.domain.subscription.ChargeLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;

/** Totals of charge lines as an invoice would show them: each line rounded once, then summed. */
final class Amounts {

    private Amounts() {
    }

    static Money sum(List<ChargeLine> lines, Currency currency, Predicate<ChargeLine> which) {
        return lines.stream().filter(which).map(line -> line.amount().roundedToMinorUnit())
                .reduce(Money.zero(currency), Money::plus);
    }

    /** The amount at the currency's minor unit, as a decimal string ("12.30"). */
    static String text(Money amount) {
        return decimal(amount).toPlainString();
    }

    static BigDecimal decimal(Money amount) {
        Money rounded = amount.roundedToMinorUnit();
        return rounded.amount().setScale(rounded.minorUnitDigits(), RoundingMode.UNNECESSARY);
    }
}
