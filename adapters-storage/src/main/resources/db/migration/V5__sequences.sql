-- Gap-free counters per scope (invoice numbers per month, ...). A counter's row is locked from the
-- increment until the incrementing transaction ends: concurrent callers queue, a rollback returns
-- the number.

CREATE TABLE sequences (
    tenant_id       TEXT   NOT NULL,
    environment_id  TEXT   NOT NULL,
    name            TEXT   NOT NULL,
    value           BIGINT NOT NULL CHECK (value > 0),
    CONSTRAINT sequences_pkey PRIMARY KEY (tenant_id, environment_id, name)
);
