package io.flexprice.domain.creditgrant;

import java.util.Locale;

/**
 * Where one application of a grant is (FlexPrice's {@code application_status}): APPLIED once its credits are in the
 * wallet, FAILED (retried by the next run) or SKIPPED (never applied, with a reason). PENDING and CANCELLED are
 * FlexPrice's and are not produced here. Wire values are the names in lower case.
 */
public enum CreditGrantApplicationStatus {
    APPLIED, FAILED, PENDING, SKIPPED, CANCELLED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
