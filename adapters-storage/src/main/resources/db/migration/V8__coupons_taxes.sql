-- Coupons (and the subscriptions they are attached to), tax rates and tax associations.
--
-- Same conventions as V2 and V6: scope columns from the caller, soft deletes, listings by (created_at, id),
-- NUMERIC amounts without a fixed scale (read back exactly as written), enums as their wire values.
--
-- A coupon's redemption count only grows through one conditional UPDATE (PostgresCouponRepository): the
-- CHECK below is the last line of defence against going past max_redemptions.

CREATE TABLE coupons (
    id                   TEXT        PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    environment_id       TEXT        NOT NULL,
    name                 TEXT        NOT NULL,
    type                 TEXT        NOT NULL CHECK (type IN ('fixed', 'percentage')),
    amount_off           NUMERIC,
    percentage_off       NUMERIC,
    currency             TEXT,
    cadence              TEXT        NOT NULL CHECK (cadence IN ('once', 'repeated', 'forever')),
    duration_in_periods  INTEGER,
    redeem_after         TIMESTAMPTZ,
    redeem_before        TIMESTAMPTZ,
    max_redemptions      INTEGER,
    total_redemptions    INTEGER     NOT NULL,
    rules                JSONB       NOT NULL,
    metadata             JSONB       NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at           TIMESTAMPTZ NOT NULL,
    created_by           TEXT,
    updated_at           TIMESTAMPTZ NOT NULL,
    updated_by           TEXT,
    CONSTRAINT coupons_redemptions_check
        CHECK (total_redemptions >= 0 AND (max_redemptions IS NULL OR total_redemptions <= max_redemptions)),
    CONSTRAINT coupons_scope_id_key UNIQUE (tenant_id, environment_id, id)
);

CREATE INDEX coupons_scope_created_idx ON coupons (tenant_id, environment_id, created_at, id);

CREATE TABLE coupon_associations (
    id                         TEXT        PRIMARY KEY,
    tenant_id                  TEXT        NOT NULL,
    environment_id             TEXT        NOT NULL,
    coupon_id                  TEXT        NOT NULL,
    subscription_id            TEXT        NOT NULL,
    subscription_line_item_id  TEXT,
    start_date                 TIMESTAMPTZ NOT NULL,
    end_date                   TIMESTAMPTZ,
    metadata                   JSONB       NOT NULL,
    status                     TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at                 TIMESTAMPTZ NOT NULL,
    created_by                 TEXT,
    updated_at                 TIMESTAMPTZ NOT NULL,
    updated_by                 TEXT,
    -- the coupon is one of the same scope; the subscription is not a foreign key (stored by another feature)
    CONSTRAINT coupon_associations_coupon_fkey FOREIGN KEY (tenant_id, environment_id, coupon_id)
        REFERENCES coupons (tenant_id, environment_id, id)
);

CREATE INDEX coupon_associations_subscription_idx
    ON coupon_associations (tenant_id, environment_id, subscription_id);

CREATE TABLE tax_rates (
    id                TEXT        PRIMARY KEY,
    tenant_id         TEXT        NOT NULL,
    environment_id    TEXT        NOT NULL,
    name              TEXT        NOT NULL,
    code              TEXT        NOT NULL,
    description       TEXT,
    tax_rate_type     TEXT        NOT NULL CHECK (tax_rate_type IN ('percentage', 'fixed')),
    percentage_value  NUMERIC,
    fixed_value       NUMERIC,
    rate_scope        TEXT        NOT NULL CHECK (rate_scope IN ('INTERNAL', 'EXTERNAL', 'ONETIME')),
    tax_rate_status   TEXT        NOT NULL CHECK (tax_rate_status IN ('ACTIVE', 'INACTIVE')),
    metadata          JSONB       NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT,
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        TEXT,
    CONSTRAINT tax_rates_scope_id_key UNIQUE (tenant_id, environment_id, id)
);

-- codes are case sensitive, as in FlexPrice
CREATE UNIQUE INDEX tax_rates_live_code_idx ON tax_rates (tenant_id, environment_id, code)
    WHERE status <> 'deleted';
CREATE INDEX tax_rates_scope_created_idx ON tax_rates (tenant_id, environment_id, created_at, id);

CREATE TABLE tax_associations (
    id              TEXT        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    environment_id  TEXT        NOT NULL,
    tax_rate_id     TEXT        NOT NULL,
    entity_type     TEXT        NOT NULL CHECK (entity_type IN ('tenant', 'customer', 'subscription')),
    entity_id       TEXT        NOT NULL,
    priority        INTEGER     NOT NULL CHECK (priority >= 0),
    auto_apply      BOOLEAN     NOT NULL,
    currency        TEXT,
    start_date      TIMESTAMPTZ,
    end_date        TIMESTAMPTZ,
    metadata        JSONB       NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT,
    CONSTRAINT tax_associations_rate_fkey FOREIGN KEY (tenant_id, environment_id, tax_rate_id)
        REFERENCES tax_rates (tenant_id, environment_id, id)
);

CREATE INDEX tax_associations_entity_idx ON tax_associations (tenant_id, environment_id, entity_type, entity_id);
CREATE INDEX tax_associations_rate_idx ON tax_associations (tenant_id, environment_id, tax_rate_id);
CREATE INDEX tax_associations_scope_created_idx ON tax_associations (tenant_id, environment_id, created_at, id);
