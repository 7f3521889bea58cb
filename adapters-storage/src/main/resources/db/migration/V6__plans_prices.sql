-- Plans and the prices they list.
--
-- Same conventions as V2: scope columns from the caller, soft deletes, lookup keys unique among the live
-- rows of a scope (partial unique indexes, mapped by name in the adapters), listings by (created_at, id).
--
-- A price names what lists it by entity_type and entity_id (FlexPrice's shape; only 'PLAN' so far), so
-- entity_id is not a foreign key. Amounts and quantities are NUMERIC without a fixed scale: a value is
-- read back exactly as written. Tiers are JSONB, an array of {"up_to", "unit_amount", "flat_amount"}
-- with every number as a decimal string.

CREATE TABLE plans (
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

CREATE UNIQUE INDEX plans_live_lookup_key_idx ON plans (tenant_id, environment_id, lookup_key)
    WHERE lookup_key IS NOT NULL AND status <> 'deleted';
CREATE INDEX plans_scope_created_idx ON plans (tenant_id, environment_id, created_at, id);

CREATE TABLE prices (
    id                    TEXT        PRIMARY KEY,
    tenant_id             TEXT        NOT NULL,
    environment_id        TEXT        NOT NULL,
    entity_type           TEXT        NOT NULL,
    entity_id             TEXT        NOT NULL,
    lookup_key            TEXT,
    meter_id              TEXT,
    display_name          TEXT,
    description           TEXT,
    metadata              JSONB       NOT NULL,
    type                  TEXT        NOT NULL,
    billing_model         TEXT        NOT NULL,
    currency              TEXT        NOT NULL,
    amount                NUMERIC,
    tier_mode             TEXT,
    tiers                 JSONB       NOT NULL,
    transform_divide_by   NUMERIC,
    transform_round       TEXT,
    billing_cadence       TEXT        NOT NULL,
    billing_period        TEXT,
    billing_period_count  INTEGER     NOT NULL,
    invoice_cadence       TEXT        NOT NULL,
    min_quantity          NUMERIC,
    status                TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at            TIMESTAMPTZ NOT NULL,
    created_by            TEXT,
    updated_at            TIMESTAMPTZ NOT NULL,
    updated_by            TEXT,
    -- a usage price's meter is a meter of the same scope (not checked while meter_id is NULL)
    CONSTRAINT prices_meter_fkey FOREIGN KEY (tenant_id, environment_id, meter_id)
        REFERENCES meters (tenant_id, environment_id, id)
);

CREATE UNIQUE INDEX prices_live_lookup_key_idx ON prices (tenant_id, environment_id, lookup_key)
    WHERE lookup_key IS NOT NULL AND status <> 'deleted';
CREATE INDEX prices_scope_created_idx ON prices (tenant_id, environment_id, created_at, id);
CREATE INDEX prices_entity_idx ON prices (tenant_id, environment_id, entity_id);
