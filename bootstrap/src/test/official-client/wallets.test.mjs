// Wallets: every operation of the client's `wallets` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

/** A customer of this test's own (customers are another group's: set up, not checked here). */
async function aCustomer(prefix) {
  const externalId = unique(prefix);
  const customer = await flexprice.customers.createCustomer({ externalId, name: externalId });
  return { id: customer.id, externalId };
}

test("a prepaid wallet with a conversion rate is created, read, renamed, topped up and terminated", async () => {
  const customer = await aCustomer("wallet");
  // 1 credit is worth 2.00 usd: 50 free credits are 50 x 2 = 100.00 usd
  const created = await strict(() => flexprice.wallets.createWallet({
    customerId: customer.id,
    currency: "usd",
    walletType: "PRE_PAID",
    conversionRate: "2",
    initialCreditsToLoad: "50",
    description: "prepaid credits",
    metadata: { team: "billing" },
  }));
  assert.match(created.id, /\S+/);
  assert.equal(created.customerId, customer.id);
  assert.equal(created.currency, "usd");
  assert.equal(created.walletType, "PRE_PAID");
  assert.equal(created.walletStatus, "active");
  assert.equal(created.status, "published");
  assertAmount(created.conversionRate, "2", "conversion_rate");
  assertAmount(created.topupConversionRate, "2", "topup_conversion_rate (defaults to the conversion rate)");
  assertAmount(created.creditBalance, "50", "credit_balance");
  assertAmount(created.balance, "100", "balance = 50 credits x 2");
  assert.deepEqual(created.metadata, { team: "billing" });

  const read = await strict(() => flexprice.wallets.getWallet(created.id));
  assert.equal(read.id, created.id);
  assertAmount(read.creditBalance, "50");

  const renamed = await strict(() => flexprice.wallets.updateWallet(created.id, {
    name: "Main wallet",
    description: "credits for the API",
    metadata: { team: "platform" },
    config: { allowedPriceTypes: ["USAGE"] },
  }));
  assert.equal(renamed.name, "Main wallet");
  assert.equal(renamed.description, "credits for the API");
  assert.deepEqual(renamed.metadata, { team: "platform" });
  assert.deepEqual(renamed.config.allowedPriceTypes, ["USAGE"]);
  assertAmount(renamed.creditBalance, "50", "an update leaves the balance alone");

  // 25 credits bought directly: 50 + 25 = 75 credits, 75 x 2 = 150.00 usd
  const bought = await strict(() => flexprice.wallets.topUpWallet(created.id, {
    creditsToAdd: "25",
    transactionReason: "PURCHASED_CREDIT_DIRECT",
    description: "card purchase",
    idempotencyKey: unique("topup"),
  }));
  assertAmount(bought.wallet.creditBalance, "75", "credits after the first top-up");
  assertAmount(bought.wallet.balance, "150", "balance = 75 x 2");
  assert.equal(bought.walletTransaction.type, "credit");
  assert.equal(bought.walletTransaction.transactionReason, "PURCHASED_CREDIT_DIRECT");
  assert.equal(bought.walletTransaction.transactionStatus, "completed");
  assertAmount(bought.walletTransaction.creditAmount, "25");
  assertAmount(bought.walletTransaction.amount, "50", "25 credits x 2");
  assertAmount(bought.walletTransaction.creditBalanceBefore, "50");
  assertAmount(bought.walletTransaction.creditBalanceAfter, "75");

  // a top-up given as an amount of money: 30.00 usd at 2 usd a credit buys 30 / 2 = 15 credits; 75 + 15 = 90
  const byAmount = await strict(() => flexprice.wallets.topUpWallet(created.id, {
    amount: "30",
    transactionReason: "FREE_CREDIT_GRANT",
  }));
  assertAmount(byAmount.walletTransaction.creditAmount, "15", "30 / 2");
  assertAmount(byAmount.wallet.creditBalance, "90", "75 + 15");

  // no subscription: nothing unbilled, the real-time balance is the balance, 90 x 2 = 180.00
  const balance = await strict(() => flexprice.wallets.getWalletBalance(created.id));
  assert.equal(balance.id, created.id);
  assertAmount(balance.balance, "180");
  assertAmount(balance.realTimeBalance, "180");
  assertAmount(balance.realTimeCreditBalance, "90");
  assertAmount(balance.currentPeriodUsage, "0");

  // termination debits what is left (90 credits) and closes the wallet
  const terminated = await strict(() => flexprice.wallets.terminateWallet(created.id));
  assert.equal(terminated.id, created.id);
  assert.equal(terminated.walletStatus, "closed");
  assertAmount(terminated.creditBalance, "0", "a terminated wallet holds nothing");
  const ledger = await strict(() => flexprice.wallets.getWalletTransactions({ idPathParameter: created.id, order: "asc" }));
  assert.deepEqual(ledger.items.map((t) => [t.type, t.transactionReason, Number(t.creditAmount)]), [
    ["credit", "FREE_CREDIT_GRANT", 50],
    ["credit", "PURCHASED_CREDIT_DIRECT", 25],
    ["credit", "FREE_CREDIT_GRANT", 15],
    ["debit", "WALLET_TERMINATION", 90],
  ]);
  assert.deepEqual(ledger.pagination, { limit: ledger.pagination.limit, offset: 0, total: 4 });
  assert.ok(ledger.items.every((t) => t.walletId === created.id));

  // a closed wallet takes no more credits
  await rejects(() => flexprice.wallets.topUpWallet(created.id, { creditsToAdd: "1", transactionReason: "FREE_CREDIT_GRANT" }), 409);
});

test("a wallet's transactions filter by type and reason and page with limit, offset and total", async () => {
  const customer = await aCustomer("ledger");
  const wallet = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd", initialCreditsToLoad: "10" }));
  for (const credits of ["1", "2", "3", "4"]) {
    await strict(() => flexprice.wallets.topUpWallet(wallet.id, { creditsToAdd: credits, transactionReason: "PURCHASED_CREDIT_DIRECT" }));
  }
  // 10 + 1 + 2 + 3 + 4 = 20 credits in five credit entries

  const page = await strict(() => flexprice.wallets.getWalletTransactions({ idPathParameter: wallet.id, limit: 2, offset: 2, order: "asc" }));
  assert.deepEqual(page.items.map((t) => Number(t.creditAmount)), [2, 3]);
  assert.deepEqual(page.pagination, { limit: 2, offset: 2, total: 5 });

  const purchased = await strict(() => flexprice.wallets.getWalletTransactions({
    idPathParameter: wallet.id, transactionReason: "PURCHASED_CREDIT_DIRECT", order: "desc",
  }));
  assert.deepEqual(purchased.items.map((t) => Number(t.creditAmount)), [4, 3, 2, 1]);
  assert.equal(purchased.pagination.total, 4);
  const debits = await strict(() => flexprice.wallets.getWalletTransactions({ idPathParameter: wallet.id, type: "debit" }));
  assert.deepEqual(debits.items, []);
  assert.equal(debits.pagination.total, 0);
  const last = purchased.items[0];
  const one = await strict(() => flexprice.wallets.getWalletTransactions({ idPathParameter: wallet.id, idQueryParameter: last.id }));
  assert.deepEqual(one.items.map((t) => t.id), [last.id]);
  assertAmount(one.items[0].creditBalanceBefore, "16", "10 + 1 + 2 + 3");
  assertAmount(one.items[0].creditBalanceAfter, "20", "16 + 4");

  // the search across wallets, narrowed to this transaction and to this reason
  const found = await strict(() => flexprice.wallets.queryWalletTransaction({ id: last.id }));
  assert.deepEqual(found.items.map((t) => [t.id, t.walletId]), [[last.id, wallet.id]]);
  assert.equal(found.pagination.total, 1);
  const filtered = await strict(() => flexprice.wallets.queryWalletTransaction({
    id: last.id, type: "debit",
  }));
  assert.equal(filtered.pagination.total, 0);
  const credited = await strict(() => flexprice.wallets.queryWalletTransaction({
    id: last.id, transactionReason: "PURCHASED_CREDIT_DIRECT", transactionStatus: "completed", limit: 1, offset: 0, order: "asc",
  }));
  assert.deepEqual(credited.pagination, { limit: 1, offset: 0, total: 1 });
});

test("a wallet's ledger filters by priority, expiry, credits available, creator, invoice reference and time", async () => {
  const customer = await aCustomer("ledger-filters");
  const before = new Date(Date.now() - 1000).toISOString();
  const wallet = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd" }));
  const now = Date.now();
  const days = (n) => new Date(now + n * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
  const topUp = async (credits, extra) => (await strict(() => flexprice.wallets.topUpWallet(wallet.id, {
    creditsToAdd: credits, transactionReason: "PURCHASED_CREDIT_DIRECT", ...extra,
  }))).walletTransaction;
  const soon = await topUp("10", { priority: 1, expiryDateUtc: days(10) });
  const later = await topUp("20", { priority: 2, expiryDateUtc: days(40) });
  const open = await topUp("5", {});
  assert.equal(soon.priority, 1);
  assert.equal(soon.expiryDate, days(10));

  // a 12.00 invoice paid from the wallet takes priority 1 first: 10 from `soon`, then 2 from `later`
  const invoice = await strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0",
    lineItems: [{ displayName: "Service", amount: "12.00", quantity: "1" }],
  }));
  await strict(() => flexprice.invoices.attemptInvoicePayment(invoice.id));
  // 10 + 20 + 5 - 12 = 23 credits left: 0 in `soon`, 20 - 2 = 18 in `later`, 5 in `open`
  assertAmount((await strict(() => flexprice.wallets.getWallet(wallet.id))).creditBalance, "23");

  const ids = async (filter) => (await strict(() => flexprice.wallets.getWalletTransactions({ idPathParameter: wallet.id, order: "asc", ...filter })))
    .items.map((t) => t.id);
  assert.deepEqual(await ids({ priority: 1 }), [soon.id]);
  assert.deepEqual(await ids({ expiryDateBefore: days(20) }), [soon.id]);
  assert.deepEqual(await ids({ expiryDateAfter: days(20) }), [later.id]);
  assert.deepEqual(await ids({ creditsAvailableGt: 0 }), [later.id, open.id], "soon is used up");
  assert.deepEqual(await ids({ creditsAvailableGt: 10 }), [later.id]);
  const all = await strict(() => flexprice.wallets.getWalletTransactions({ idPathParameter: wallet.id, order: "asc" }));
  const available = Object.fromEntries(all.items.map((t) => [t.id, Number(t.creditsAvailable)]));
  assert.deepEqual([available[soon.id], available[later.id], available[open.id]], [0, 18, 5]);
  const [debit] = all.items.filter((t) => t.type === "debit");
  assert.equal(debit.transactionReason, "INVOICE_PAYMENT");
  assertAmount(debit.creditAmount, "12");
  assertAmount(debit.creditBalanceBefore, "35", "10 + 20 + 5");
  assertAmount(debit.creditBalanceAfter, "23", "35 - 12");
  assert.deepEqual(await ids({ referenceType: "INVOICE", referenceId: invoice.id }), [debit.id]);
  assert.deepEqual(await ids({ createdBy: soon.createdBy }), [soon.id, later.id, open.id, debit.id]);
  assert.deepEqual(await ids({ createdBy: "someone-else" }), []);
  assert.deepEqual(await ids({ startTime: before }), [soon.id, later.id, open.id, debit.id]);
  assert.deepEqual(await ids({ endTime: before }), []);

  // across wallets: the invoice's payment is found by its reference
  const byReference = await strict(() => flexprice.wallets.queryWalletTransaction({ referenceType: "INVOICE", referenceId: invoice.id }));
  assert.deepEqual(byReference.items.map((t) => [t.id, t.walletId]), [[debit.id, wallet.id]]);
  assert.equal(byReference.pagination.total, 1);
  const expiring = await strict(() => flexprice.wallets.queryWalletTransaction({ referenceId: invoice.id, creditsAvailableGt: 0 }));
  assert.equal(expiring.pagination.total, 0, "a debit holds no credits");
});

test("wallets are found by id list and status, and a customer's wallets by id, by customer id and by external id", async () => {
  const customer = await aCustomer("wallets-of");
  const usd = await strict(() => flexprice.wallets.createWallet({ externalCustomerId: customer.externalId, currency: "usd" }));
  const eur = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "eur", initialCreditsToLoad: "5" }));
  const old = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "gbp" }));
  assert.equal(usd.customerId, customer.id, "created by external customer id");
  await strict(() => flexprice.wallets.terminateWallet(old.id));
  const ids = [usd.id, eur.id, old.id];

  const first = await strict(() => flexprice.wallets.queryWallet({ walletIds: ids, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((w) => w.id), [usd.id, eur.id]);
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 3 });
  const second = await strict(() => flexprice.wallets.queryWallet({ walletIds: ids, limit: 2, offset: 2, order: "asc" }));
  assert.deepEqual(second.items.map((w) => w.id), [old.id]);
  const active = await strict(() => flexprice.wallets.queryWallet({ walletIds: ids, status: "active", order: "desc" }));
  assert.deepEqual(active.items.map((w) => w.id), [eur.id, usd.id]);
  assert.equal(active.pagination.total, 2);
  const closed = await strict(() => flexprice.wallets.queryWallet({ walletIds: ids, status: "closed" }));
  assert.deepEqual(closed.items.map((w) => w.id), [old.id]);

  const byCustomerId = await strict(() => flexprice.wallets.getWalletsByCustomerId(customer.id));
  assert.deepEqual(byCustomerId.map((w) => w.id).sort(), [...ids].sort());
  const byId = await strict(() => flexprice.wallets.getCustomerWallets({ id: customer.id }));
  assert.deepEqual(byId.map((w) => w.id).sort(), [...ids].sort());
  const byLookupKey = await strict(() => flexprice.wallets.getCustomerWallets({ lookupKey: customer.externalId }));
  assert.deepEqual(byLookupKey.map((w) => w.id).sort(), [...ids].sort());
  const eurWallet = byLookupKey.find((w) => w.id === eur.id);
  assert.equal(eurWallet.currency, "eur");
  assertAmount(eurWallet.creditBalance, "5");
  const withBalance = await strict(() => flexprice.wallets.getCustomerWallets({ lookupKey: customer.externalId, includeRealTimeBalance: true }));
  assert.deepEqual(withBalance.map((w) => w.id).sort(), [...ids].sort());
});

test("wallet errors: bad input 400, a missing wallet or customer 404, a closed wallet 409", async () => {
  const customer = await aCustomer("wallet-bad");
  const invalid = await rejects(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd", conversionRate: "-1" }), 400);
  assert.match(invalid.error.message, /conversion_rate/);
  await rejects(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "not-a-currency" }), 400);
  await rejects(() => flexprice.wallets.createWallet({ customerId: "cust_does_not_exist", currency: "usd" }), 404);
  const nothingMade = await strict(() => flexprice.wallets.getWalletsByCustomerId(customer.id));
  assert.deepEqual(nothingMade, [], "a rejected create changes nothing");

  const wallet = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd" }));
  await rejects(() => flexprice.wallets.topUpWallet(wallet.id, { creditsToAdd: "-5", transactionReason: "FREE_CREDIT_GRANT" }), 400);
  await rejects(() => flexprice.wallets.getWalletTransactions({ idPathParameter: wallet.id, limit: 0 }), 400);

  await rejects(() => flexprice.wallets.getWallet("wallet_does_not_exist"), 404);
  await rejects(() => flexprice.wallets.updateWallet("wallet_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.wallets.getWalletBalance("wallet_does_not_exist"), 404);
  await rejects(() => flexprice.wallets.topUpWallet("wallet_does_not_exist", { creditsToAdd: "1", transactionReason: "FREE_CREDIT_GRANT" }), 404);
  await rejects(() => flexprice.wallets.terminateWallet("wallet_does_not_exist"), 404);
  await rejects(() => flexprice.wallets.getWalletsByCustomerId("cust_does_not_exist"), 404);
  await rejects(() => flexprice.wallets.getCustomerWallets({ lookupKey: unique("nobody") }), 404);

  await strict(() => flexprice.wallets.terminateWallet(wallet.id));
  await rejects(() => flexprice.wallets.terminateWallet(wallet.id), 409);
});
