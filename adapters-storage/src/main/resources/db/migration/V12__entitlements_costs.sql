-- Entitlements (what a plan, an addon or one subscription grants of a feature) and costsheets (our own cost
-- per unit of usage, as prices with entity_type 'COSTSHEET').
--
-- Same conventions as V2 and V6: scope columns from the caller, soft deletes, listings by (created_at, id).
-- entity_id names a plan, an addon or a subscription by entity_type, so it is not a foreign key; neither is
-- feature_id (a deleted feature keeps its entitlements, which then grant nothing). usage_limit NULL means
-- unlimited; usage_reset_period NULL means the subscription's billing period. A subscription's overrides are
-- rows with entity_type 'SUBSCRIPTION', entity_id the subscription and parent_entitlement_id the plan's or
-- addon's entitlement they replace: subscription storage is not touched.
--
-- One live entitlement per entity and feature: entitlements_live_entity_feature_idx, whose prefix
-- (tenant, environment, entity_type, entity_id) also serves the entitlement check's read by owners.

CREATE TABLE entitlements (
    id                     TEXT        PRIMARY KEY,
    tenant_id              TEXT        NOT NULL,
    environment_id         TEXT        NOT NULL,
    entity_type            TEXT        NOT NULL CHECK (entity_type IN ('PLAN', 'ADDON', 'SUBSCRIPTION')),
    entity_id              TEXT        NOT NULL,
    feature_id             TEXT        NOT NULL,
    feature_type           TEXT        NOT NULL CHECK (feature_type IN ('METERED', 'BOOLEAN', 'STATIC')),
    is_enabled             BOOLEAN     NOT NULL,
    usage_limit            NUMERIC     CHECK (usage_limit >= 0),
    usage_reset_period     TEXT        CHECK (usage_reset_period IN
                               ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'ANNUAL', 'NEVER')),
    is_soft_limit          BOOLEAN     NOT NULL,
    static_value           TEXT,
    parent_entitlement_id  TEXT,
    start_date             TIMESTAMPTZ,
    end_date               TIMESTAMPTZ,
    status                 TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at             TIMESTAMPTZ NOT NULL,
    created_by             TEXT,
    updated_at             TIMESTAMPTZ NOT NULL,
    updated_by             TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date > start_date)
);

CREATE UNIQUE INDEX entitlements_live_entity_feature_idx
    ON entitlements (tenant_id, environment_id, entity_type, entity_id, feature_id)
    WHERE status <> 'deleted';
CREATE INDEX entitlements_scope_created_idx ON entitlements (tenant_id, environment_id, created_at, id);

CREATE TABLE costsheets (
    id              TEXT        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    environment_id  TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    description     TEXT,
    lookup_key      TEXT,
    metadata        JSONB       NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT
);

CREATE UNIQUE INDEX costsheets_live_name_idx ON costsheets (tenant_id, environment_id, name)
    WHERE status <> 'deleted';
CREATE UNIQUE INDEX costsheets_live_lookup_key_idx ON costsheets (tenant_id, environment_id, lookup_key)
    WHERE lookup_key IS NOT NULL AND status <> 'deleted';
CREATE INDEX costsheets_scope_created_idx ON costsheets (tenant_id, environment_id, created_at, id);
