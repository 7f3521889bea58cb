-- Price versions and addons.
--
-- A price is in effect over [start_date, end_date): end_date NULL means until further notice. A change of a
-- price's terms ends it and inserts its successor, whose parent_price_id names the first price of the line
-- (FlexPrice's lineage); the lookup key moves to the successor, so lookup keys stay unique among the live
-- prices as V6 has it. Existing prices start when they were created.
--
-- Addons follow the conventions of plans (V6); their lookup key is required. Their prices are rows of
-- prices with entity_type 'ADDON'.

ALTER TABLE prices
    ADD COLUMN start_date      TIMESTAMPTZ,
    ADD COLUMN end_date        TIMESTAMPTZ,
    ADD COLUMN parent_price_id TEXT;

UPDATE prices SET start_date = created_at;

ALTER TABLE prices
    ALTER COLUMN start_date SET NOT NULL,
    ADD CONSTRAINT prices_validity_check CHECK (end_date IS NULL OR end_date > start_date);

-- the prices of an entity in effect at an instant
DROP INDEX prices_entity_idx;
CREATE INDEX prices_entity_start_idx ON prices (tenant_id, environment_id, entity_id, start_date);

CREATE TABLE addons (
    id              TEXT        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    environment_id  TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    description     TEXT,
    lookup_key      TEXT        NOT NULL,
    type            TEXT        NOT NULL CHECK (type IN ('onetime', 'multiple_instance')),
    metadata        JSONB       NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT
);

CREATE UNIQUE INDEX addons_live_lookup_key_idx ON addons (tenant_id, environment_id, lookup_key)
    WHERE status <> 'deleted';
CREATE INDEX addons_scope_created_idx ON addons (tenant_id, environment_id, created_at, id);
