package io.flexprice.sdk.wallets;

/**
 * FlexPrice's {@code dto.TopUpWalletResponse}.
 *
 * @param invoiceId the invoice of a purchased top-up that is invoiced, else null
 * @param wallet the wallet after the top-up
 * @param walletTransaction the credit entry
 */
public record TopUpResult(String invoiceId, Wallet wallet, WalletTransaction walletTransaction) {
}
