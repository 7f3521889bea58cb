package io.flexprice.domain.common;

/**
 * Stable, public error codes. A code is never renamed or reused once released: clients switch on it.
 * {@code ErrorCodeTest} asserts that every code string is unique.
 */
public enum ErrorCode {
    VALIDATION_FAILED("request.invalid"),
    MALFORMED_REQUEST("request.malformed"),
    NOT_IMPLEMENTED("request.not_implemented"),
    UNAUTHENTICATED("auth.unauthenticated"),
    ENVIRONMENT_REQUIRED("auth.environment_required"),
    ENVIRONMENT_FORBIDDEN("auth.environment_forbidden"),
    RATE_LIMITED("request.rate_limited"),
    IDEMPOTENCY_KEY_REUSED("request.idempotency_key_reused"),
    IDEMPOTENCY_KEY_IN_FLIGHT("request.idempotency_key_in_flight"),
    TENANT_NOT_FOUND("tenant.not_found"),
    ENVIRONMENT_NOT_FOUND("environment.not_found"),
    API_KEY_NOT_FOUND("api_key.not_found"),
    CUSTOMER_NOT_FOUND("customer.not_found"),
    CUSTOMER_EXTERNAL_ID_TAKEN("customer.external_id_taken"),
    FEATURE_NOT_FOUND("feature.not_found"),
    FEATURE_LOOKUP_KEY_TAKEN("feature.lookup_key_taken"),
    METER_NOT_FOUND("meter.not_found"),
    PLAN_NOT_FOUND("plan.not_found"),
    PLAN_LOOKUP_KEY_TAKEN("plan.lookup_key_taken"),
    PRICE_NOT_FOUND("price.not_found"),
    PRICE_LOOKUP_KEY_TAKEN("price.lookup_key_taken"),
    EVENT_NOT_FOUND("event.not_found"),
    EVENT_PUBLISH_FAILED("event.publish_failed"),
    CURRENCY_MISMATCH("money.currency_mismatch"),
    // catalog: addons
    ADDON_NOT_FOUND("addon.not_found"),
    ADDON_LOOKUP_KEY_TAKEN("addon.lookup_key_taken"),
    // subscriptions
    SUBSCRIPTION_NOT_FOUND("subscription.not_found"),
    SUBSCRIPTION_LINE_ITEM_NOT_FOUND("subscription.line_item_not_found"),
    SUBSCRIPTION_INVALID_STATE("subscription.invalid_state"),
    // coupons and taxes
    COUPON_NOT_FOUND("coupon.not_found"),
    COUPON_NOT_REDEEMABLE("coupon.not_redeemable"),
    COUPON_REDEMPTION_LIMIT_REACHED("coupon.redemption_limit_reached"),
    COUPON_ASSOCIATION_NOT_FOUND("coupon_association.not_found"),
    TAX_RATE_NOT_FOUND("tax_rate.not_found"),
    TAX_RATE_CODE_TAKEN("tax_rate.code_taken"),
    TAX_RATE_INACTIVE("tax_rate.inactive"),
    TAX_RATE_IN_USE("tax_rate.in_use"),
    TAX_ASSOCIATION_NOT_FOUND("tax_association.not_found"),
    // invoices, payments and credit notes
    INVOICE_NOT_FOUND("invoice.not_found"),
    INVOICE_NOT_DRAFT("invoice.not_draft"),
    INVOICE_NOT_FINALIZED("invoice.not_finalized"),
    INVOICE_NOT_VOIDABLE("invoice.not_voidable"),
    INVOICE_NOT_EDITABLE("invoice.not_editable"),
    INVOICE_ALREADY_PAID("invoice.already_paid"),
    INVOICE_NEGATIVE_TOTAL("invoice.negative_total"),
    INVOICE_PAYMENT_STATUS_TRANSITION("invoice.invalid_payment_status_transition"),
    INVOICE_HAS_CREDIT_NOTES("invoice.has_credit_notes"),
    INVOICE_NOT_RECALCULABLE("invoice.not_recalculable"),
    PAYMENT_NOT_FOUND("payment.not_found"),
    PAYMENT_EXCEEDS_AMOUNT_REMAINING("payment.exceeds_amount_remaining"),
    PAYMENT_METHOD_NOT_SUPPORTED("payment.method_not_supported"),
    PAYMENT_NOT_PENDING("payment.not_pending"),
    CREDIT_NOTE_NOT_FOUND("credit_note.not_found"),
    CREDIT_NOTE_EXCEEDS_CREDITABLE("credit_note.exceeds_creditable"),
    CREDIT_NOTE_NOT_DRAFT("credit_note.not_draft"),
    CREDIT_NOTE_NOT_VOIDABLE("credit_note.not_voidable"),
    // wallets
    WALLET_NOT_FOUND("wallet.not_found"),
    WALLET_ALREADY_ACTIVE("wallet.already_active"),
    WALLET_CLOSED("wallet.closed"),
    WALLET_INSUFFICIENT_BALANCE("wallet.insufficient_balance"),
    WALLET_IDEMPOTENCY_KEY_REUSED("wallet.idempotency_key_reused"),
    WALLET_TRANSACTION_NOT_FOUND("wallet_transaction.not_found"),
    // entitlements and costsheets
    ENTITLEMENT_NOT_FOUND("entitlement.not_found"),
    ENTITLEMENT_ALREADY_EXISTS("entitlement.already_exists"),
    COSTSHEET_NOT_FOUND("costsheet.not_found"),
    COSTSHEET_NAME_TAKEN("costsheet.name_taken"),
    COSTSHEET_LOOKUP_KEY_TAKEN("costsheet.lookup_key_taken"),
    // addons on subscriptions
    SUBSCRIPTION_ADDON_ALREADY_ADDED("subscription.addon_already_added"),
    SUBSCRIPTION_ADDON_ASSOCIATION_NOT_FOUND("subscription.addon_association_not_found"),
    SUBSCRIPTION_CHANGE_ALREADY_INVOICED("subscription.change_already_invoiced"),
    // credit grants
    CREDIT_GRANT_NOT_FOUND("credit_grant.not_found");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
