-- Credit grants (issue 6 item 2) and their applications.
--
-- credit_grants: FlexPrice's credit grant, one per id in a scope; plan_id for scope PLAN (and optionally
-- SUBSCRIPTION), subscription_id for scope SUBSCRIPTION. Deletes are soft (status).
--
-- credit_grant_applications: one row per (scope, grant, subscription, period index); the unique key is what makes a
-- period's credits land once even when two runs race (INSERT ... ON CONFLICT DO NOTHING, then SELECT ... FOR UPDATE).
-- period_end is null for a ONETIME grant. The wallet top-up's idempotency key is unique per scope as well.

CREATE TABLE credit_grants (
    id                       TEXT           NOT NULL,
    tenant_id                TEXT           NOT NULL,
    environment_id           TEXT           NOT NULL,
    name                     TEXT           NOT NULL,
    scope                    TEXT           NOT NULL,
    plan_id                  TEXT,
    subscription_id          TEXT,
    credits                  NUMERIC(38, 9) NOT NULL CHECK (credits > 0),
    cadence                  TEXT           NOT NULL,
    period                   TEXT,
    period_count             INTEGER,
    expiration_type          TEXT           NOT NULL,
    expiration_duration      INTEGER,
    expiration_duration_unit TEXT,
    priority                 INTEGER,
    conversion_rate          NUMERIC(38, 9),
    topup_conversion_rate    NUMERIC(38, 9),
    start_date               TIMESTAMPTZ,
    end_date                 TIMESTAMPTZ,
    metadata                 JSONB          NOT NULL DEFAULT '{}'::jsonb,
    status                   TEXT           NOT NULL,
    created_at               TIMESTAMPTZ    NOT NULL,
    created_by               TEXT           NOT NULL,
    updated_at               TIMESTAMPTZ    NOT NULL,
    updated_by               TEXT           NOT NULL,
    PRIMARY KEY (tenant_id, environment_id, id)
);

CREATE INDEX credit_grants_plan_idx ON credit_grants (tenant_id, environment_id, plan_id) WHERE status <> 'deleted';
CREATE INDEX credit_grants_subscription_idx ON credit_grants (tenant_id, environment_id, subscription_id)
    WHERE status <> 'deleted';

CREATE TABLE credit_grant_applications (
    id                                  TEXT           NOT NULL,
    tenant_id                           TEXT           NOT NULL,
    environment_id                      TEXT           NOT NULL,
    credit_grant_id                     TEXT           NOT NULL,
    subscription_id                     TEXT           NOT NULL,
    period_index                        INTEGER        NOT NULL CHECK (period_index >= 0),
    period_start                        TIMESTAMPTZ    NOT NULL,
    period_end                          TIMESTAMPTZ,
    scheduled_for                       TIMESTAMPTZ    NOT NULL,
    applied_at                          TIMESTAMPTZ,
    application_status                  TEXT           NOT NULL,
    application_reason                  TEXT           NOT NULL,
    credits                             NUMERIC(38, 9) NOT NULL,
    expires_at                          TIMESTAMPTZ,
    wallet_id                           TEXT,
    wallet_transaction_id               TEXT,
    subscription_status_at_application  TEXT,
    failure_reason                      TEXT,
    retry_count                         INTEGER        NOT NULL DEFAULT 0 CHECK (retry_count >= 0),
    idempotency_key                     TEXT           NOT NULL,
    created_at                          TIMESTAMPTZ    NOT NULL,
    updated_at                          TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (tenant_id, environment_id, id),
    UNIQUE (tenant_id, environment_id, credit_grant_id, subscription_id, period_index),
    UNIQUE (tenant_id, environment_id, idempotency_key),
    FOREIGN KEY (tenant_id, environment_id, credit_grant_id) REFERENCES credit_grants (tenant_id, environment_id, id)
);

CREATE INDEX credit_grant_applications_subscription_idx
    ON credit_grant_applications (tenant_id, environment_id, subscription_id);
