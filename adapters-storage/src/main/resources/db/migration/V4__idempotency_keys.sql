-- Idempotency keys of API requests (the Idempotency-Key header of POST, PUT and DELETE) and the
-- responses kept under them for replay. A key belongs to a scope; like every scope column, tenant_id and
-- environment_id come from the authenticated caller and are not foreign keys.
--
-- A row is claimed by one INSERT ... ON CONFLICT DO NOTHING: the primary key lets one request through.
-- The response columns stay NULL while that request runs ("in flight"). Rows are deleted when released
-- (a server error, so that a retry runs again) and, once expired, by the next claim in their scope.

CREATE TABLE idempotency_keys (
    tenant_id              TEXT        NOT NULL,
    environment_id         TEXT        NOT NULL,
    key                    TEXT        NOT NULL,
    -- SHA-256 (hex) of the request's method, path and query, and body: a retry must match it
    fingerprint            TEXT        NOT NULL,
    claimed_at             TIMESTAMPTZ NOT NULL,
    response_status        INTEGER,
    response_content_type  TEXT,
    response_body          BYTEA,
    PRIMARY KEY (tenant_id, environment_id, key),
    CONSTRAINT idempotency_keys_response_check CHECK ((response_status IS NULL) = (response_body IS NULL))
);

CREATE INDEX idempotency_keys_scope_claimed_idx ON idempotency_keys (tenant_id, environment_id, claimed_at);
