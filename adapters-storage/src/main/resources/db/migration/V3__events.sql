-- Usage events and the SQL functions that give their properties the domain's meaning.
-- No foreign keys: events arrive before (or without) the customers and meters they name.

CREATE TABLE events (
    tenant_id            TEXT        NOT NULL,
    environment_id       TEXT        NOT NULL,
    -- "C" compares ids by code point, as String.compareTo does (listing and LATEST ties; the two part
    -- only on characters beyond U+FFFF)
    id                   TEXT        NOT NULL COLLATE "C",
    event_name           TEXT        NOT NULL,
    external_customer_id TEXT        NOT NULL,
    customer_id          TEXT,
    timestamp            TIMESTAMPTZ NOT NULL,
    source               TEXT,
    properties           JSONB       NOT NULL,
    ingested_at          TIMESTAMPTZ NOT NULL,
    -- the event identity: a resend with the same id is a duplicate, whatever its timestamp
    CONSTRAINT events_pkey PRIMARY KEY (tenant_id, environment_id, id)
);

-- usage of one customer over a period is one range scan (and so is listing one customer's events);
-- usage of every customer runs over events_listing_idx, bounded by the period
CREATE INDEX events_usage_idx ON events (tenant_id, environment_id, external_customer_id, event_name, timestamp);

-- the event listing, newest first
CREATE INDEX events_listing_idx ON events (tenant_id, environment_id, timestamp DESC, id DESC);

-- The functions below are single SQL expressions, IMMUTABLE and not STRICT, so that Postgres inlines
-- them into a query instead of calling a function per row.

-- EventProperties.number: a JSON number, or a JSON string that holds a decimal number once trimmed
-- of the characters Java's String.trim removes (U+0001..U+0020; jsonb cannot hold U+0000). Anything
-- else (other strings, booleans, null, objects, arrays, a missing key) is NULL.
-- Two limits keep the cast from ever failing (a failing cast would break every usage query over
-- the event): strings longer than 1000 characters and exponents of more than 3 digits are not
-- numbers here, though BigDecimal would read them.
CREATE FUNCTION fp_number(value JSONB) RETURNS NUMERIC
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE jsonb_typeof(value)
        WHEN 'number' THEN value::numeric
        WHEN 'string' THEN CASE WHEN length(value #>> '{}') <= 1000 THEN substring(value #>> '{}'
            FROM '^[\x01-\x20]*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?)[\x01-\x20]*$')::numeric END
    END
$$;

-- EventProperties.text: how filters and unique counts compare a value. A string as it is, a number
-- in its plain shortest form (1.50 -> 1.5, 1E+3 -> 1000), a boolean as true / false; else NULL.
CREATE FUNCTION fp_text(value JSONB) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE jsonb_typeof(value)
        WHEN 'string' THEN value #>> '{}'
        WHEN 'number' THEN trim_scale(value::numeric)::text
        WHEN 'boolean' THEN value #>> '{}'
    END
$$;

-- The milliseconds from one instant to a later one, rounded down as java.time.Duration.toMillis
-- does: the weight of a value in a time-weighted sum.
CREATE FUNCTION fp_millis_between(from_instant TIMESTAMPTZ, to_instant TIMESTAMPTZ) RETURNS NUMERIC
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT floor(extract(epoch FROM to_instant - from_instant) * 1000)
$$;
