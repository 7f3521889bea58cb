-- Tenants and their environments. Deletes are soft: status 'deleted'.

CREATE TABLE tenants (
    id          TEXT        PRIMARY KEY,
    name        TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE environments (
    id          TEXT        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL REFERENCES tenants (id),
    name        TEXT        NOT NULL,
    type        TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX environments_tenant_idx ON environments (tenant_id, created_at);
