package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.Credits;
import java.math.BigDecimal;
import io.flexprice.domain.wallet.TransactionReason;
import java.time.Instant;
import java.util.Map;

/**
 * Credits to add: {@code credits}, or when it is null what {@code amount} (in the wallet's currency) buys at the
 * wallet's top-up conversion rate (FlexPrice: credits win when both are given). FREE_CREDIT_GRANT, SUBSCRIPTION_CREDIT_GRANT, CREDIT_NOTE and
 * PURCHASED_CREDIT_DIRECT credits are added at once; PURCHASED_CREDIT_INVOICED ones are invoiced first
 * ({@link io.flexprice.ports.out.wallet.TopUpInvoicer}). A retry with the same {@code idempotencyKey} gets the first
 * top-up back.
 */
public record TopUpWalletCommand(Credits credits, BigDecimal amount, TransactionReason reason, String description,
                                 Map<String, String> metadata, Instant expiryDate, Integer priority,
                                 String idempotencyKey) {
}
