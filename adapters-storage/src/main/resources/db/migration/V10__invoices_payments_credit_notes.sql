-- Invoices with their lines, the payments recorded against them, and their credit notes.
--
-- Same conventions as V2 and V6: scope columns from the caller, listings by (created_at, id), amounts as NUMERIC
-- without a fixed scale (read back exactly as written), enums as their wire values. Nothing here is ever deleted:
-- invoices and credit notes are voided, payments soft deleted.
--
-- "The same period is never invoiced twice": invoices_live_period_idx lets one live (not voided) invoice exist per
-- scope, subscription, billing reason and period (a subscription's first invoice, SUBSCRIPTION_CREATE, and the
-- invoice at the end of that period, SUBSCRIPTION_CYCLE, share the period); the adapter inserts with ON CONFLICT DO NOTHING on it, so concurrent callers for
-- one period create exactly one invoice. subscription_id is not a foreign key: subscriptions are stored elsewhere.
-- The applied discounts and taxes are JSONB arrays of objects whose numbers are decimal strings.

CREATE TABLE invoices (
    id                 TEXT        PRIMARY KEY,
    tenant_id          TEXT        NOT NULL,
    environment_id     TEXT        NOT NULL,
    customer_id        TEXT        NOT NULL,
    subscription_id    TEXT,
    invoice_type       TEXT        NOT NULL CHECK (invoice_type IN ('SUBSCRIPTION', 'ONE_OFF', 'CREDIT')),
    invoice_status     TEXT        NOT NULL CHECK (invoice_status IN ('DRAFT', 'FINALIZED', 'VOIDED', 'SKIPPED')),
    payment_status     TEXT        NOT NULL,
    currency           TEXT        NOT NULL,
    period_start       TIMESTAMPTZ,
    period_end         TIMESTAMPTZ,
    billing_reason     TEXT        NOT NULL,
    subtotal           NUMERIC     NOT NULL,
    total_discount     NUMERIC     NOT NULL,
    total_tax          NUMERIC     NOT NULL,
    total              NUMERIC     NOT NULL,
    adjustment_amount  NUMERIC     NOT NULL,
    refunded_amount    NUMERIC     NOT NULL,
    amount_due         NUMERIC     NOT NULL,
    amount_paid        NUMERIC     NOT NULL,
    amount_remaining   NUMERIC     NOT NULL CHECK (amount_remaining >= 0),
    discounts          JSONB       NOT NULL,
    taxes              JSONB       NOT NULL,
    invoice_number     TEXT,
    due_date           TIMESTAMPTZ,
    finalized_at       TIMESTAMPTZ,
    voided_at          TIMESTAMPTZ,
    paid_at            TIMESTAMPTZ,
    description        TEXT,
    invoice_pdf_url    TEXT,
    metadata           JSONB       NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at         TIMESTAMPTZ NOT NULL,
    created_by         TEXT,
    updated_at         TIMESTAMPTZ NOT NULL,
    updated_by         TEXT,
    CONSTRAINT invoices_scope_id_key UNIQUE (tenant_id, environment_id, id),
    CONSTRAINT invoices_customer_fkey FOREIGN KEY (tenant_id, environment_id, customer_id)
        REFERENCES customers (tenant_id, environment_id, id),
    CONSTRAINT invoices_period_check CHECK ((period_start IS NULL) = (period_end IS NULL)
        AND (period_start IS NULL OR period_start < period_end)),
    CONSTRAINT invoices_subscription_period_check CHECK (subscription_id IS NULL OR period_start IS NOT NULL)
);

CREATE UNIQUE INDEX invoices_live_period_idx ON invoices (tenant_id, environment_id, subscription_id, billing_reason,
    period_start, period_end) WHERE subscription_id IS NOT NULL AND invoice_status <> 'VOIDED';
-- numbers come from the gap-free sequences (V5); the index is a safety net
CREATE UNIQUE INDEX invoices_number_idx ON invoices (tenant_id, environment_id, invoice_number)
    WHERE invoice_number IS NOT NULL;
CREATE INDEX invoices_scope_created_idx ON invoices (tenant_id, environment_id, created_at, id);
CREATE INDEX invoices_customer_idx ON invoices (tenant_id, environment_id, customer_id);

CREATE TABLE invoice_line_items (
    id                      TEXT        PRIMARY KEY,
    tenant_id               TEXT        NOT NULL,
    environment_id          TEXT        NOT NULL,
    invoice_id              TEXT        NOT NULL,
    position                INTEGER     NOT NULL,
    price_id                TEXT,
    price_type              TEXT,
    meter_id                TEXT,
    meter_display_name      TEXT,
    entity_type             TEXT,
    entity_id               TEXT,
    plan_display_name       TEXT,
    display_name            TEXT,
    quantity                NUMERIC     NOT NULL,
    amount                  NUMERIC     NOT NULL,
    line_item_discount      NUMERIC     NOT NULL,
    invoice_level_discount  NUMERIC     NOT NULL,
    tax_amount              NUMERIC     NOT NULL,
    period_start            TIMESTAMPTZ,
    period_end              TIMESTAMPTZ,
    metadata                JSONB       NOT NULL,
    CONSTRAINT invoice_line_items_invoice_fkey FOREIGN KEY (tenant_id, environment_id, invoice_id)
        REFERENCES invoices (tenant_id, environment_id, id)
);

CREATE INDEX invoice_line_items_invoice_idx ON invoice_line_items (tenant_id, environment_id, invoice_id, position);

CREATE TABLE payments (
    id                   TEXT        PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    environment_id       TEXT        NOT NULL,
    invoice_id           TEXT        NOT NULL,
    amount               NUMERIC     NOT NULL CHECK (amount > 0),
    currency             TEXT        NOT NULL,
    payment_method_type  TEXT        NOT NULL,
    payment_method_id    TEXT,
    payment_gateway      TEXT,
    payment_status       TEXT        NOT NULL,
    succeeded_at         TIMESTAMPTZ,
    failed_at            TIMESTAMPTZ,
    error_message        TEXT,
    metadata             JSONB       NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at           TIMESTAMPTZ NOT NULL,
    created_by           TEXT,
    updated_at           TIMESTAMPTZ NOT NULL,
    updated_by           TEXT,
    CONSTRAINT payments_invoice_fkey FOREIGN KEY (tenant_id, environment_id, invoice_id)
        REFERENCES invoices (tenant_id, environment_id, id)
);

CREATE INDEX payments_scope_created_idx ON payments (tenant_id, environment_id, created_at, id);
CREATE INDEX payments_invoice_idx ON payments (tenant_id, environment_id, invoice_id);

-- A credit note's lines are a JSONB array of {"id", "invoice_line_item_id", "display_name", "amount", "metadata"}
-- (amount a decimal string): they are always read and written with their credit note.
CREATE TABLE credit_notes (
    id                  TEXT        PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    environment_id      TEXT        NOT NULL,
    invoice_id          TEXT        NOT NULL,
    customer_id         TEXT        NOT NULL,
    subscription_id     TEXT,
    credit_note_number  TEXT,
    credit_note_type    TEXT        NOT NULL CHECK (credit_note_type IN ('ADJUSTMENT', 'REFUND')),
    credit_note_status  TEXT        NOT NULL CHECK (credit_note_status IN ('DRAFT', 'FINALIZED', 'VOIDED')),
    reason              TEXT        NOT NULL,
    memo                TEXT,
    currency            TEXT        NOT NULL,
    total_amount        NUMERIC     NOT NULL,
    line_items          JSONB       NOT NULL,
    finalized_at        TIMESTAMPTZ,
    voided_at           TIMESTAMPTZ,
    metadata            JSONB       NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('published', 'archived', 'deleted')),
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          TEXT,
    updated_at          TIMESTAMPTZ NOT NULL,
    updated_by          TEXT,
    CONSTRAINT credit_notes_invoice_fkey FOREIGN KEY (tenant_id, environment_id, invoice_id)
        REFERENCES invoices (tenant_id, environment_id, id)
);

CREATE INDEX credit_notes_scope_created_idx ON credit_notes (tenant_id, environment_id, created_at, id);
CREATE INDEX credit_notes_invoice_idx ON credit_notes (tenant_id, environment_id, invoice_id);
