-- Subscriptions.
--
-- Same conventions as V2 and V6: scope columns from the caller, soft deletes, listings by (created_at, id).
-- A subscription is stored whole in one row: its scalar fields as columns, and the parts it is always read
-- and written with as JSONB documents, every number a decimal string and every instant an ISO-8601 string:
--   line_items        an array of line items, each with the snapshot of its price's terms ("price");
--   pauses            an array of pauses;
--   scheduled_change  a plan change waiting for a period end, or NULL.
-- A line item is found by id through the GIN index on line_items (containment, jsonb_path_ops).
-- customer_id and plan_id are not foreign keys: a subscription outlives a deleted plan or customer.

CREATE TABLE subscriptions (
    id                    TEXT        PRIMARY KEY,
    tenant_id             TEXT        NOT NULL,
    environment_id        TEXT        NOT NULL,
    customer_id           TEXT        NOT NULL,
    plan_id               TEXT        NOT NULL,
    lookup_key            TEXT,
    subscription_status   TEXT        NOT NULL CHECK (subscription_status IN
                              ('draft', 'trialing', 'active', 'paused', 'cancelled', 'incomplete')),
    currency              TEXT        NOT NULL,
    billing_cycle         TEXT        NOT NULL,
    billing_anchor        TIMESTAMPTZ NOT NULL,
    billing_period        TEXT        NOT NULL,
    billing_period_count  INTEGER     NOT NULL,
    customer_timezone     TEXT        NOT NULL,
    start_date            TIMESTAMPTZ NOT NULL,
    end_date              TIMESTAMPTZ,
    trial_start           TIMESTAMPTZ,
    trial_end             TIMESTAMPTZ,
    current_period_start  TIMESTAMPTZ NOT NULL,
    current_period_end    TIMESTAMPTZ NOT NULL,
    cancel_at_period_end  BOOLEAN     NOT NULL,
    cancel_at             TIMESTAMPTZ,
    cancelled_at          TIMESTAMPTZ,
    commitment_amount     NUMERIC,
    overage_factor        NUMERIC     NOT NULL,
    enable_true_up        BOOLEAN     NOT NULL,
    proration_behavior    TEXT        NOT NULL,
    line_items            JSONB       NOT NULL,
    pauses                JSONB       NOT NULL,
    scheduled_change      JSONB,
    metadata              JSONB       NOT NULL,
    status                TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at            TIMESTAMPTZ NOT NULL,
    created_by            TEXT,
    updated_at            TIMESTAMPTZ NOT NULL,
    updated_by            TEXT
);

CREATE INDEX subscriptions_scope_created_idx ON subscriptions (tenant_id, environment_id, created_at, id);
CREATE INDEX subscriptions_customer_idx ON subscriptions (tenant_id, environment_id, customer_id);
CREATE INDEX subscriptions_line_items_idx ON subscriptions USING GIN (line_items jsonb_path_ops);
