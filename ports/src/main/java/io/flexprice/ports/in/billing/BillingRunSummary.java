package io.flexprice.ports.in.billing;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the billing loop did.
 *
 * @param billed periods whose invoice is finalized (created by this run, or found already invoiced)
 * @param skipped periods whose invoice owed nothing (SKIPPED)
 * @param ended cursors ended because their subscription had ended (or is gone) before the period
 * @param failures periods that could not be billed; each is tried again later
 */
public record BillingRunSummary(int billed, int skipped, int ended, List<Failure> failures) {

    public static final BillingRunSummary NOTHING_DUE = new BillingRunSummary(0, 0, 0, List.of());

    public BillingRunSummary {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    /** How many periods were attempted. */
    public int total() {
        return billed + skipped + ended + failures.size();
    }

    /** A period that could not be billed, and why. */
    public record Failure(Scope scope, String subscriptionId, Period period, int attempts, String error) {

        public Failure {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(subscriptionId, "subscriptionId");
        }
    }
}
