-- Issue 6: prepaid wallet credits are applied to an invoice after coupons and before taxes. What wallets paid of
-- each line (FlexPrice's prepaid_credits_applied) and of the invoice (total_prepaid_credits_applied).
ALTER TABLE invoices ADD COLUMN total_prepaid_credits_applied NUMERIC NOT NULL DEFAULT 0;
ALTER TABLE invoice_line_items ADD COLUMN prepaid_credits_applied NUMERIC NOT NULL DEFAULT 0;
