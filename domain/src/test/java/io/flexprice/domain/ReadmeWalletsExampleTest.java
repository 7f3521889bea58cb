package io.flexprice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.Debit;
import io.flexprice.domain.wallet.Posting;
import io.flexprice.domain.wallet.TopUp;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletCreditApplication;
import io.flexprice.domain.wallet.WalletCreditApplication.DueLine;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletLedger;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wallets example of domain/README.md, as written there. */
class ReadmeWalletsExampleTest {

    @Test
    void creditsAreAddedConsumedInOrderAndPayAnInvoiceInWholeCents() {
        Currency usd = Currency.getInstance("USD");
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        Wallet empty = new Wallet(WalletId.of("wallet_1"), Scope.of("tenant_1", "env_1"), CustomerId.of("cust_1"),
                "Prepaid", null, usd, WalletType.PRE_PAID, WalletStatus.ACTIVE, ConversionRate.of("3"), null,
                Credits.ZERO, null, null, null, Metadata.EMPTY, Status.PUBLISHED, Audit.createdBy("alice", now));

        Posting granted = WalletLedger.topUp(empty, WalletTransactionId.of("wtx_1"),
                TopUp.free(Credits.of("10"), null, "welcome"), now, "alice");  // 10 credits, worth 30 USD
        Posting debited = WalletLedger.debit(granted.wallet(), List.of(granted.transaction()),
                WalletTransactionId.of("wtx_2"), new Debit(new Money(new BigDecimal("10.00"), usd),
                        TransactionReason.MANUAL_BALANCE_DEBIT, null, null, null, null, null), now, "alice");
        // 10.00 USD at 3 USD a credit takes 3.333333333334 credits (rounded up): 6.666666666666 left
        Wallet wallet = debited.wallet();

        WalletCreditApplication paid = WalletCreditApplication.apply(usd, List.of(wallet),
                List.of(new DueLine(PriceType.USAGE, new Money(new BigDecimal("25.00"), usd))));
        // 6.666666666666 credits x 3 = 19.999999999998 USD: the wallet pays 19.99 of the 25.00

        assertThat(debited.transaction().creditBalanceAfter()).isEqualTo(Credits.of("6.666666666666"));
        assertThat(paid.total()).isEqualTo(new Money(new BigDecimal("19.99"), usd));
    }
}
