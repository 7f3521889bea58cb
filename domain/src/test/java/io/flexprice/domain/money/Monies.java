package io.flexprice.domain.money;

import java.math.BigDecimal;
import java.util.Currency;

/** Test fixtures: {@code usd("12.34")}, {@code jpy("100")}, {@code kwd("1.234")}. */
public final class Monies {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Currency JPY = Currency.getInstance("JPY");
    public static final Currency KWD = Currency.getInstance("KWD");
    public static final Currency BHD = Currency.getInstance("BHD");

    private Monies() {
    }

    public static Money usd(String amount) {
        return money(amount, USD);
    }

    public static Money eur(String amount) {
        return money(amount, EUR);
    }

    public static Money jpy(String amount) {
        return money(amount, JPY);
    }

    public static Money kwd(String amount) {
        return money(amount, KWD);
    }

    public static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
