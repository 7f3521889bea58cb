// Payments: every operation of the client's `payments` group (create, get, update, delete, process, list), offline
// and from a prepaid wallet, against a subscription's invoice and one-off invoices.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict } from "./support/flexprice.mjs";
import { aCustomer, aPlan, aSubscription, invoicesOf } from "./support/billing.mjs";

/** A finalized one-off invoice of one line. */
async function anInvoice(customer, amount, currency = "usd") {
  return strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency, amountDue: "0", subtotal: "0", total: "0",
    lineItems: [{ displayName: "Service", amount, quantity: "1" }],
  }));
}

test("a subscription invoice is paid part offline, part from the customer's wallet; each payment is recorded", async () => {
  const customer = await aCustomer("pay");
  const plan = await aPlan({ fee: "49.99" });
  const subscription = await aSubscription(customer, plan);
  const [invoice] = await invoicesOf(subscription.id);
  assertAmount(invoice.amountDue, "49.99", "this month's fee in advance");

  // 20.00 by bank transfer: 49.99 - 20.00 = 29.99 remains
  const offline = await strict(() => flexprice.payments.createPayment({
    amount: "20.00", currency: "usd", destinationId: invoice.id, destinationType: "INVOICE", paymentMethodType: "OFFLINE",
    metadata: { reference: "wire-42" },
  }));
  assert.match(offline.id, /\S+/);
  assert.equal(offline.destinationId, invoice.id);
  assert.equal(offline.destinationType, "INVOICE");
  assert.equal(offline.paymentMethodType, "OFFLINE");
  assert.equal(offline.paymentStatus, "SUCCEEDED", "processed at once unless told otherwise");
  assert.equal(offline.currency, "usd");
  assertAmount(offline.amount, "20");
  assert.ok(offline.succeededAt);
  assert.deepEqual(offline.metadata, { reference: "wire-42" });
  let paid = await strict(() => flexprice.invoices.getInvoice(invoice.id));
  assertAmount(paid.amountPaid, "20");
  assertAmount(paid.amountRemaining, "29.99", "49.99 - 20.00");
  assert.equal(paid.paymentStatus, "PENDING");

  // the rest from a wallet of 100 credits at 1 usd: 100 - 29.99 = 70.01 credits left
  const wallet = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd", initialCreditsToLoad: "100" }));
  const credits = await strict(() => flexprice.payments.createPayment({
    amount: "29.99", currency: "usd", destinationId: invoice.id, destinationType: "INVOICE",
    paymentMethodType: "CREDITS", paymentMethodId: wallet.id,
  }));
  assert.equal(credits.paymentMethodType, "CREDITS");
  assert.equal(credits.paymentMethodId, wallet.id);
  assert.equal(credits.paymentStatus, "SUCCEEDED");
  assertAmount((await strict(() => flexprice.wallets.getWallet(wallet.id))).creditBalance, "70.01", "100 - 29.99");
  paid = await strict(() => flexprice.invoices.getInvoice(invoice.id));
  assertAmount(paid.amountPaid, "49.99", "20.00 + 29.99");
  assertAmount(paid.amountRemaining, "0");
  assert.equal(paid.paymentStatus, "SUCCEEDED");

  const read = await strict(() => flexprice.payments.getPayment(credits.id));
  assert.equal(read.id, credits.id);
  assertAmount(read.amount, "29.99");
  const relabelled = await strict(() => flexprice.payments.updatePayment(offline.id, { metadata: { reference: "wire-42", checked: "yes" } }));
  assert.deepEqual(relabelled.metadata, { reference: "wire-42", checked: "yes" });
  assert.equal(relabelled.paymentStatus, "SUCCEEDED");

  const ofInvoice = await strict(() => flexprice.payments.listPayments({ destinationId: invoice.id, order: "asc" }));
  assert.deepEqual(ofInvoice.items.map((p) => [p.id, p.paymentMethodType, Number(p.amount)]),
    [[offline.id, "OFFLINE", 20], [credits.id, "CREDITS", 29.99]]);
  assert.equal(ofInvoice.pagination.total, 2);

  // nothing is left to pay (a conflict with the invoice's state), and a succeeded payment is never deleted
  const done = await rejects(() => flexprice.payments.createPayment({
    amount: "0.01", currency: "usd", destinationId: invoice.id, destinationType: "INVOICE", paymentMethodType: "OFFLINE",
  }), 409);
  assert.equal(done.error.code, "invoice.already_paid");
  await rejects(() => flexprice.payments.deletePayment(offline.id), 409);
});

test("a payment created without processing is processed later, or deleted before it ever succeeds", async () => {
  const customer = await aCustomer("pay-later");
  const invoice = await anInvoice(customer, "80.00");

  const pending = await strict(() => flexprice.payments.createPayment({
    amount: "30.00", currency: "usd", destinationId: invoice.id, destinationType: "INVOICE",
    paymentMethodType: "OFFLINE", processPayment: false,
  }));
  assert.equal(pending.paymentStatus, "PENDING");
  assertAmount((await strict(() => flexprice.invoices.getInvoice(invoice.id))).amountPaid, "0", "not processed yet");

  const processed = await strict(() => flexprice.payments.processPayment(pending.id));
  assert.equal(processed.id, pending.id);
  assert.equal(processed.paymentStatus, "SUCCEEDED");
  assertAmount((await strict(() => flexprice.invoices.getInvoice(invoice.id))).amountRemaining, "50", "80 - 30");
  await rejects(() => flexprice.payments.processPayment(pending.id), 409);

  const abandoned = await strict(() => flexprice.payments.createPayment({
    amount: "50.00", currency: "usd", destinationId: invoice.id, destinationType: "INVOICE",
    paymentMethodType: "OFFLINE", processPayment: false,
  }));
  const deleted = await strict(() => flexprice.payments.deletePayment(abandoned.id));
  assert.match(deleted.message, /deleted/);
  await rejects(() => flexprice.payments.getPayment(abandoned.id), 404);
  assertAmount((await strict(() => flexprice.invoices.getInvoice(invoice.id))).amountRemaining, "50", "a deleted payment paid nothing");
});

test("payments list by ids, invoice, method, status, currency and time, and page with limit, offset and total", async () => {
  const customer = await aCustomer("pay-list");
  const started = new Date(Date.now() - 1000).toISOString();
  const usdInvoice = await anInvoice(customer, "100.00");
  const eurInvoice = await anInvoice(customer, "60.00", "eur");
  const wallet = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd", initialCreditsToLoad: "10" }));
  const pay = (invoice, amount, extra = {}) => strict(() => flexprice.payments.createPayment({
    amount, currency: invoice.currency, destinationId: invoice.id, destinationType: "INVOICE", paymentMethodType: "OFFLINE", ...extra,
  }));
  const a = await pay(usdInvoice, "10.00");
  const b = await pay(usdInvoice, "20.00", { processPayment: false });
  const c = await pay(usdInvoice, "5.00", { paymentMethodType: "CREDITS", paymentMethodId: wallet.id });
  const d = await pay(eurInvoice, "60.00");
  const ids = [a.id, b.id, c.id, d.id];

  const first = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, limit: 3, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((p) => p.id), [a.id, b.id, c.id]);
  assert.deepEqual(first.pagination, { limit: 3, offset: 0, total: 4 });
  const last = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, limit: 3, offset: 3, order: "asc" }));
  assert.deepEqual(last.items.map((p) => p.id), [d.id]);
  assert.deepEqual(last.pagination, { limit: 3, offset: 3, total: 4 });
  const newestFirst = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, order: "desc" }));
  assert.deepEqual(newestFirst.items.map((p) => p.id), [d.id, c.id, b.id, a.id]);

  const byInvoice = await strict(() => flexprice.payments.listPayments({ destinationId: usdInvoice.id, destinationType: "INVOICE", order: "asc" }));
  assert.deepEqual(byInvoice.items.map((p) => p.id), [a.id, b.id, c.id]);
  const byMethod = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, paymentMethodType: "CREDITS" }));
  assert.deepEqual(byMethod.items.map((p) => p.id), [c.id]);
  const byStatus = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, paymentStatus: "PENDING" }));
  assert.deepEqual(byStatus.items.map((p) => p.id), [b.id]);
  const inEuros = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, currency: "eur" }));
  assert.deepEqual(inEuros.items.map((p) => p.id), [d.id]);
  const published = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, status: "published" }));
  assert.equal(published.pagination.total, 4);
  const sinceStart = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, startTime: started, endTime: new Date(Date.now() + 60_000).toISOString() }));
  assert.equal(sinceStart.pagination.total, 4);
  const beforeStart = await strict(() => flexprice.payments.listPayments({ paymentIds: ids, endTime: started }));
  assert.equal(beforeStart.pagination.total, 0);
});

test("payment errors: bad input 400, a missing payment or invoice 404, an overdrawn wallet or a done payment 409", async () => {
  const customer = await aCustomer("pay-bad");
  const invoice = await anInvoice(customer, "70.00");
  const payment = (extra) => ({ amount: "10.00", currency: "usd", destinationId: invoice.id, destinationType: "INVOICE", paymentMethodType: "OFFLINE", ...extra });

  const card = await rejects(() => flexprice.payments.createPayment(payment({ paymentMethodType: "CARD" })), 400);
  assert.match(card.error.message, /payment_method_type|CARD|gateway/i);
  await rejects(() => flexprice.payments.createPayment(payment({ amount: "ten" })), 400);
  await rejects(() => flexprice.payments.createPayment(payment({ currency: "eur" })), 400);
  await rejects(() => flexprice.payments.createPayment(payment({ amount: "70.01" })), 400); // more than the 70.00 owed
  await rejects(() => flexprice.payments.updatePayment("pay_does_not_exist", { paymentStatus: "SUCCEEDED" }), 400);
  await rejects(() => flexprice.payments.listPayments({ currency: "not-a-currency" }), 400);
  await rejects(() => flexprice.payments.listPayments({ destinationType: "WALLET" }), 400);

  await rejects(() => flexprice.payments.createPayment(payment({ destinationId: "inv_does_not_exist" })), 404);
  await rejects(() => flexprice.payments.getPayment("pay_does_not_exist"), 404);
  await rejects(() => flexprice.payments.updatePayment("pay_does_not_exist", { metadata: { a: "b" } }), 404);
  await rejects(() => flexprice.payments.processPayment("pay_does_not_exist"), 404);
  await rejects(() => flexprice.payments.deletePayment("pay_does_not_exist"), 404);

  // 50 credits do not pay 70.00: refused, and neither the wallet nor the invoice changes
  const wallet = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd", initialCreditsToLoad: "50" }));
  const short = await rejects(() => flexprice.payments.createPayment(payment({ amount: "70.00", paymentMethodType: "CREDITS", paymentMethodId: wallet.id })), 409);
  assert.equal(short.error.code, "wallet.insufficient_balance");
  assertAmount((await strict(() => flexprice.wallets.getWallet(wallet.id))).creditBalance, "50");
  assertAmount((await strict(() => flexprice.invoices.getInvoice(invoice.id))).amountPaid, "0");
  const listed = await strict(() => flexprice.payments.listPayments({ destinationId: invoice.id }));
  assert.equal(listed.pagination.total, 0, "a refused payment is not recorded");
});
