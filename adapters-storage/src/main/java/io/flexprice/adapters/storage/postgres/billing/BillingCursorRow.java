package io.flexprice.adapters.storage.postgres.billing;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;

/** A row of {@code billing_cursors}. */
final class BillingCursorRow {

    private String tenantId;
    private String environmentId;
    private String subscriptionId;
    private Instant periodStart;
    private Instant periodEnd;
    private Instant nextAttemptAt;
    private int attempts;
    private String lastError;
    private Instant endedAt;
    private Instant createdAt;
    private Instant updatedAt;

    static BillingCursorRow from(BillingCursor cursor) {
        BillingCursorRow row = new BillingCursorRow();
        row.tenantId = cursor.scope().tenantId().value();
        row.environmentId = cursor.scope().environmentId().value();
        row.subscriptionId = cursor.subscriptionId().value();
        row.periodStart = cursor.period().start();
        row.periodEnd = cursor.period().end();
        row.nextAttemptAt = cursor.nextAttemptAt();
        row.attempts = cursor.attempts();
        row.lastError = cursor.lastError();
        row.endedAt = cursor.endedAt();
        row.createdAt = cursor.createdAt();
        row.updatedAt = cursor.updatedAt();
        return row;
    }

    BillingCursor toDomain() {
        return new BillingCursor(Scope.of(tenantId, environmentId), SubscriptionId.of(subscriptionId),
                new Period(periodStart, periodEnd), nextAttemptAt, attempts, lastError, endedAt, createdAt, updatedAt);
    }
}
