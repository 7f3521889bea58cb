package io.flexprice.domain.creditgrant;

import java.util.Locale;

/** Why an application was made (FlexPrice's {@code application_reason}). Wire values are the names in lower case. */
public enum CreditGrantApplicationReason {
    FIRST_TIME_RECURRING_CREDIT_GRANT, RECURRING_CREDIT_GRANT, ONETIME_CREDIT_GRANT;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
