-- Wallets and their ledger (issue 6).
--
-- Same conventions as V2: scope columns from the caller, listings by (created_at, id). A wallet belongs to a
-- customer of its scope. Credits, rates and amounts are NUMERIC without a fixed scale: read back as written.
--
-- A wallet's credit_balance is the sum of the credits_available of its completed credit entries. Every change of
-- it runs in one transaction that first locks the wallet's row (SELECT ... FOR UPDATE), so concurrent changes are
-- serialised; the CHECKs below are the last line: no balance, credits available or entry balance below zero.
-- A customer has at most one active wallet per currency and type (wallets_active_idx, mapped by name).
--
-- wallet_transactions is the append-only ledger: its trigger refuses a DELETE and any UPDATE but of
-- credits_available, and of a pending entry's settlement (transaction_status, credit_balance_before / _after);
-- updated_at / updated_by record the change. Idempotency keys are unique per scope
-- (wallet_transactions_idempotency_key_idx, mapped by name). consumptions is a debit's JSON array of
-- {"credit_transaction_id", "credits"} (credits as decimal strings); allowed_price_types a JSON array of names.

CREATE TABLE wallets (
    id                           TEXT        PRIMARY KEY,
    tenant_id                    TEXT        NOT NULL,
    environment_id               TEXT        NOT NULL,
    customer_id                  TEXT        NOT NULL,
    name                         TEXT,
    description                  TEXT,
    currency                     TEXT        NOT NULL,
    wallet_type                  TEXT        NOT NULL CHECK (wallet_type IN ('PRE_PAID', 'POST_PAID')),
    wallet_status                TEXT        NOT NULL CHECK (wallet_status IN ('active', 'frozen', 'closed')),
    conversion_rate              NUMERIC     NOT NULL CHECK (conversion_rate > 0),
    topup_conversion_rate        NUMERIC     NOT NULL CHECK (topup_conversion_rate > 0),
    credit_balance               NUMERIC     NOT NULL CHECK (credit_balance >= 0),
    allowed_price_types          JSONB       NOT NULL,
    auto_topup_enabled           BOOLEAN     NOT NULL,
    auto_topup_threshold         NUMERIC,
    auto_topup_amount            NUMERIC,
    auto_topup_invoicing         BOOLEAN     NOT NULL,
    auto_topup_cooldown_seconds  BIGINT      NOT NULL CHECK (auto_topup_cooldown_seconds >= 0),
    last_auto_topup_at           TIMESTAMPTZ,
    metadata                     JSONB       NOT NULL,
    status                       TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at                   TIMESTAMPTZ NOT NULL,
    created_by                   TEXT,
    updated_at                   TIMESTAMPTZ NOT NULL,
    updated_by                   TEXT,
    -- the target of wallet_transactions_wallet_fkey
    CONSTRAINT wallets_scope_id_key UNIQUE (tenant_id, environment_id, id),
    CONSTRAINT wallets_customer_fkey FOREIGN KEY (tenant_id, environment_id, customer_id)
        REFERENCES customers (tenant_id, environment_id, id)
);

CREATE UNIQUE INDEX wallets_active_idx ON wallets (tenant_id, environment_id, customer_id, currency, wallet_type)
    WHERE wallet_status = 'active';
CREATE INDEX wallets_scope_created_idx ON wallets (tenant_id, environment_id, created_at, id);
CREATE INDEX wallets_customer_idx ON wallets (tenant_id, environment_id, customer_id);

CREATE TABLE wallet_transactions (
    id                     TEXT        PRIMARY KEY,
    tenant_id              TEXT        NOT NULL,
    environment_id         TEXT        NOT NULL,
    wallet_id              TEXT        NOT NULL,
    customer_id            TEXT        NOT NULL,
    type                   TEXT        NOT NULL CHECK (type IN ('credit', 'debit')),
    credit_amount          NUMERIC     NOT NULL CHECK (credit_amount > 0),
    amount                 NUMERIC     NOT NULL,
    currency               TEXT        NOT NULL,
    credit_balance_before  NUMERIC     NOT NULL CHECK (credit_balance_before >= 0),
    credit_balance_after   NUMERIC     NOT NULL CHECK (credit_balance_after >= 0),
    transaction_status     TEXT        NOT NULL CHECK (transaction_status IN ('pending', 'completed', 'failed')),
    transaction_reason     TEXT        NOT NULL,
    reference_type         TEXT,
    reference_id           TEXT,
    description            TEXT,
    metadata               JSONB       NOT NULL,
    expiry_date            TIMESTAMPTZ,
    priority               INTEGER,
    credits_available      NUMERIC     NOT NULL
        CHECK (credits_available >= 0 AND credits_available <= credit_amount),
    idempotency_key        TEXT,
    conversion_rate        NUMERIC     NOT NULL,
    topup_conversion_rate  NUMERIC,
    consumptions           JSONB       NOT NULL,
    status                 TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at             TIMESTAMPTZ NOT NULL,
    created_by             TEXT,
    updated_at             TIMESTAMPTZ NOT NULL,
    updated_by             TEXT,
    CONSTRAINT wallet_transactions_wallet_fkey FOREIGN KEY (tenant_id, environment_id, wallet_id)
        REFERENCES wallets (tenant_id, environment_id, id)
);

CREATE UNIQUE INDEX wallet_transactions_idempotency_key_idx
    ON wallet_transactions (tenant_id, environment_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX wallet_transactions_scope_created_idx ON wallet_transactions (tenant_id, environment_id, created_at, id);
CREATE INDEX wallet_transactions_wallet_idx ON wallet_transactions (tenant_id, environment_id, wallet_id);
-- what debits and the expiry run look for: credits left
CREATE INDEX wallet_transactions_open_credits_idx ON wallet_transactions (expiry_date)
    WHERE credits_available > 0;
CREATE INDEX wallet_transactions_pending_idx ON wallet_transactions (tenant_id, environment_id, reference_id)
    WHERE transaction_status = 'pending';

CREATE FUNCTION wallet_transactions_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'wallet transaction % cannot be deleted: the ledger is append-only', OLD.id;
    END IF;
    IF (NEW.id, NEW.tenant_id, NEW.environment_id, NEW.wallet_id, NEW.customer_id, NEW.type, NEW.credit_amount,
        NEW.amount, NEW.currency, NEW.transaction_reason, NEW.reference_type, NEW.reference_id, NEW.description,
        NEW.metadata, NEW.expiry_date, NEW.priority, NEW.idempotency_key, NEW.conversion_rate,
        NEW.topup_conversion_rate, NEW.consumptions, NEW.status, NEW.created_at, NEW.created_by)
       IS DISTINCT FROM
       (OLD.id, OLD.tenant_id, OLD.environment_id, OLD.wallet_id, OLD.customer_id, OLD.type, OLD.credit_amount,
        OLD.amount, OLD.currency, OLD.transaction_reason, OLD.reference_type, OLD.reference_id, OLD.description,
        OLD.metadata, OLD.expiry_date, OLD.priority, OLD.idempotency_key, OLD.conversion_rate,
        OLD.topup_conversion_rate, OLD.consumptions, OLD.status, OLD.created_at, OLD.created_by) THEN
        RAISE EXCEPTION 'wallet transaction %: what an entry records never changes', OLD.id;
    END IF;
    IF OLD.transaction_status <> 'pending'
       AND (NEW.transaction_status, NEW.credit_balance_before, NEW.credit_balance_after)
           IS DISTINCT FROM (OLD.transaction_status, OLD.credit_balance_before, OLD.credit_balance_after) THEN
        RAISE EXCEPTION 'wallet transaction % is settled already', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER wallet_transactions_append_only
    BEFORE UPDATE OR DELETE ON wallet_transactions
    FOR EACH ROW EXECUTE FUNCTION wallet_transactions_append_only();
