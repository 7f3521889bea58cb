-- API keys, meters, features and customers.
--
-- Every row belongs to a scope: tenant_id and environment_id (an API key: a tenant, and one of its
-- environments or, when environment_id is NULL, all of them). Scope columns come from the
-- authenticated caller, never from request data, so they are not foreign keys; the references a
-- request names (a customer's parent, a feature's meter) are, and only within the scope.
--
-- Deletes are soft: status 'deleted' (the CHECK keeps the partial indexes' predicate meaningful).
-- The partial unique indexes make external ids and lookup keys unique among the live rows only; the
-- adapters map their violations by index name, so renaming one is a code change too.
-- Listings order by (created_at, id) within a scope; each table has that index.

CREATE TABLE api_keys (
    id              TEXT        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    environment_id  TEXT,
    name            TEXT        NOT NULL,
    type            TEXT        NOT NULL,
    hash            TEXT        NOT NULL,
    display_id      TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    expires_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT,
    -- authentication looks keys up by hash across tenants: the hash identifies one key
    CONSTRAINT api_keys_hash_key UNIQUE (hash)
);

CREATE INDEX api_keys_tenant_created_idx ON api_keys (tenant_id, created_at, id);

CREATE TABLE meters (
    id                       TEXT        PRIMARY KEY,
    tenant_id                TEXT        NOT NULL,
    environment_id           TEXT        NOT NULL,
    name                     TEXT        NOT NULL,
    event_name               TEXT        NOT NULL,
    aggregation_type         TEXT        NOT NULL,
    aggregation_field        TEXT,
    aggregation_multiplier   NUMERIC,
    aggregation_bucket_size  TEXT,
    aggregation_group_by     TEXT,
    -- [{"key": ..., "values": [...]}, ...], in the meter's order
    filters                  JSONB       NOT NULL,
    reset_usage              TEXT        NOT NULL,
    status                   TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at               TIMESTAMPTZ NOT NULL,
    created_by               TEXT,
    updated_at               TIMESTAMPTZ NOT NULL,
    updated_by               TEXT,
    -- the target of features_meter_fkey
    CONSTRAINT meters_scope_id_key UNIQUE (tenant_id, environment_id, id)
);

CREATE INDEX meters_scope_created_idx ON meters (tenant_id, environment_id, created_at, id);

CREATE TABLE features (
    id              TEXT        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    environment_id  TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    description     TEXT,
    lookup_key      TEXT,
    type            TEXT        NOT NULL,
    meter_id        TEXT,
    unit_singular   TEXT,
    unit_plural     TEXT,
    metadata        JSONB       NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT,
    -- a metered feature's meter is a meter of the same scope (not checked while meter_id is NULL)
    CONSTRAINT features_meter_fkey FOREIGN KEY (tenant_id, environment_id, meter_id)
        REFERENCES meters (tenant_id, environment_id, id)
);

CREATE UNIQUE INDEX features_live_lookup_key_idx ON features (tenant_id, environment_id, lookup_key)
    WHERE lookup_key IS NOT NULL AND status <> 'deleted';
CREATE INDEX features_scope_created_idx ON features (tenant_id, environment_id, created_at, id);
CREATE INDEX features_meter_idx ON features (tenant_id, environment_id, meter_id) WHERE meter_id IS NOT NULL;

CREATE TABLE customers (
    id                   TEXT        PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    environment_id       TEXT        NOT NULL,
    external_id          TEXT        NOT NULL,
    name                 TEXT,
    email                TEXT,
    address_line1        TEXT,
    address_line2        TEXT,
    address_city         TEXT,
    address_state        TEXT,
    address_postal_code  TEXT,
    address_country      TEXT,
    -- an IANA zone name such as Europe/Berlin
    time_zone            TEXT        NOT NULL,
    parent_customer_id   TEXT,
    metadata             JSONB       NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at           TIMESTAMPTZ NOT NULL,
    created_by           TEXT,
    updated_at           TIMESTAMPTZ NOT NULL,
    updated_by           TEXT,
    -- the target of customers_parent_fkey
    CONSTRAINT customers_scope_id_key UNIQUE (tenant_id, environment_id, id),
    -- a parent is a customer of the same scope (not checked while parent_customer_id is NULL)
    CONSTRAINT customers_parent_fkey FOREIGN KEY (tenant_id, environment_id, parent_customer_id)
        REFERENCES customers (tenant_id, environment_id, id)
);

CREATE UNIQUE INDEX customers_live_external_id_idx ON customers (tenant_id, environment_id, external_id)
    WHERE status <> 'deleted';
CREATE INDEX customers_scope_created_idx ON customers (tenant_id, environment_id, created_at, id);
