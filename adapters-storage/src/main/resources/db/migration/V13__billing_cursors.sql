-- The billing loop's cursors (issue 5: "the same period is never invoiced twice").
--
-- One row per subscription, keyed by its scope and id: the next period to invoice [period_start, period_end),
-- due at period_end. next_attempt_at is when the loop may try it: period_end, or later after a failed attempt
-- (attempts and last_error say how many in a row and why). ended_at is set once the subscription has ended and its
-- last period is billed; an ended cursor is never claimed again.
--
-- The loop claims due cursors across tenants with SELECT ... FOR UPDATE SKIP LOCKED, earliest next_attempt_at first,
-- through billing_cursors_due_idx (open cursors only), and moves each on in the same transaction as its invoice.
-- subscription_id is not a foreign key, as nothing else references subscriptions.

CREATE TABLE billing_cursors (
    tenant_id        TEXT        NOT NULL,
    environment_id   TEXT        NOT NULL,
    subscription_id  TEXT        NOT NULL,
    period_start     TIMESTAMPTZ NOT NULL,
    period_end       TIMESTAMPTZ NOT NULL,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    attempts         INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error       TEXT,
    ended_at         TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, environment_id, subscription_id),
    CHECK (period_start < period_end)
);

CREATE INDEX billing_cursors_due_idx ON billing_cursors (next_attempt_at) WHERE ended_at IS NULL;

-- Subscriptions stored before this migration get a cursor at the period they are in: nothing was invoiced by a
-- loop before, and their earlier periods are not billed retroactively. Drafts get theirs when activated.
INSERT INTO billing_cursors (tenant_id, environment_id, subscription_id, period_start, period_end, next_attempt_at,
                             created_at, updated_at)
SELECT tenant_id, environment_id, id, current_period_start, current_period_end, current_period_end, now(), now()
FROM subscriptions
WHERE status <> 'deleted' AND subscription_status <> 'draft';
