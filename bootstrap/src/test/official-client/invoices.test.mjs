// Invoices: every operation of the client's `invoices` group, on a subscription's invoices (a plan with a 20.00
// monthly fee in advance and 0.01 a token in arrear) and on one-off invoices with a coupon and a tax.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";
import { aCustomer, aPlan, aSubscription, invoicesOf, usage } from "./support/billing.mjs";

const INVOICE_NUMBER = /^INV-\d{6}-\d{5}$/;

/** A line by display name, its amount and quantity compared by value. */
function line(invoice, displayName) {
  const found = invoice.lineItems.find((l) => l.displayName === displayName);
  assert.ok(found, `${displayName} is a line of ${invoice.id}: ${invoice.lineItems.map((l) => l.displayName)}`);
  return found;
}

test("a subscription is invoiced its first fee at once; the preview adds its usage; void and recalculate issue the first invoice again", async () => {
  const customer = await aCustomer("sub-inv");
  const plan = await aPlan();
  const subscription = await aSubscription(customer, plan);

  // the first invoice, issued and finalized at creation: this month's fee in advance, 20.00
  const [first, ...none] = await invoicesOf(subscription.id);
  assert.deepEqual(none, []);
  const created = await strict(() => flexprice.invoices.getInvoice(first.id));
  assert.equal(created.customerId, customer.id);
  assert.equal(created.subscriptionId, subscription.id);
  assert.equal(created.invoiceType, "SUBSCRIPTION");
  assert.equal(created.billingReason, "SUBSCRIPTION_CREATE");
  assert.equal(created.invoiceStatus, "FINALIZED");
  assert.equal(created.paymentStatus, "PENDING");
  assert.match(created.invoiceNumber, INVOICE_NUMBER);
  assert.ok(created.finalizedAt && created.dueDate);
  assert.equal(created.currency, "usd");
  assertAmount(created.subtotal, "20");
  assertAmount(created.total, "20");
  assertAmount(created.amountDue, "20");
  assertAmount(created.amountRemaining, "20");
  assertAmount(created.amountPaid, "0");
  const fee = line(created, "Platform fee");
  assert.equal(fee.priceId, plan.fixedPriceId);
  assert.equal(fee.priceType, "FIXED");
  assertAmount(fee.amount, "20");
  assertAmount(fee.quantity, "1");
  assert.equal(fee.periodStart, created.periodStart);
  // the same invoice asked for with its usage broken down by source
  const expanded = await strict(() => flexprice.invoices.getInvoice(first.id, true, ["source"]));
  assert.equal(expanded.id, first.id);
  assertAmount(expanded.total, "20");

  // 120 + 80 = 200 tokens: the preview holds 200 x 0.01 = 2.00 of usage and next month's fee, 20.00: 22.00
  await usage(customer, plan, 120, 80);
  const preview = await strict(() => flexprice.invoices.getInvoicePreview({ subscriptionId: subscription.id }));
  assert.equal(preview.invoiceStatus, "DRAFT");
  assert.equal(preview.subscriptionId, subscription.id);
  const tokens = line(preview, "Tokens");
  assert.equal(tokens.priceType, "USAGE");
  assert.equal(tokens.meterId, plan.meterId);
  assertAmount(tokens.quantity, "200");
  assertAmount(tokens.amount, "2", "200 x 0.01");
  assertAmount(line(preview, "Platform fee").amount, "20");
  assertAmount(preview.subtotal, "22", "2 + 20");
  assertAmount(preview.amountDue, "22");
  const samePeriod = await strict(() => flexprice.invoices.getInvoicePreview({
    subscriptionId: subscription.id, periodStart: created.periodStart, periodEnd: created.periodEnd,
  }));
  assertAmount(samePeriod.total, "22", "the current period named explicitly");
  assert.equal((await invoicesOf(subscription.id)).length, 1, "a preview stores nothing");

  // voided, then recalculated without finalizing: the first invoice again, as a DRAFT: this month's fee in
  // advance, 20.00 (the usage so far belongs to the invoice at the period's end)
  const voided = await strict(() => flexprice.invoices.voidInvoice(first.id));
  assert.match(voided.message, /void/);
  const afterVoid = await strict(() => flexprice.invoices.getInvoice(first.id));
  assert.equal(afterVoid.invoiceStatus, "VOIDED");
  assert.ok(afterVoid.voidedAt);
  const draft = await strict(() => flexprice.invoices.recalculateInvoice(first.id, false));
  assert.notEqual(draft.id, first.id);
  assert.equal(draft.invoiceStatus, "DRAFT");
  assert.equal(draft.billingReason, "SUBSCRIPTION_CREATE");
  assert.equal(draft.subscriptionId, subscription.id);
  assert.equal(draft.periodStart, created.periodStart);
  assertAmount(draft.total, "20");
  assert.equal(draft.lineItems.some((l) => l.displayName === "Tokens"), false);

  // 300 more tokens change nothing in it; recalculating the draft (finalize defaults to true) numbers it
  await usage(customer, plan, 300);
  const final = await strict(() => flexprice.invoices.recalculateInvoice(draft.id));
  assert.equal(final.id, draft.id);
  assert.equal(final.invoiceStatus, "FINALIZED");
  assert.equal(final.billingReason, "SUBSCRIPTION_CREATE");
  assert.match(final.invoiceNumber, INVOICE_NUMBER);
  assertAmount(final.total, "20");
  assert.deepEqual((await invoicesOf(subscription.id)).map((i) => [i.id, i.invoiceStatus]),
    [[first.id, "VOIDED"], [draft.id, "FINALIZED"]]);
  // the period's own invoice is still to come: the preview holds (200 + 300) x 0.01 = 5.00 and next month's 20.00
  assertAmount((await strict(() => flexprice.invoices.getInvoicePreview({ subscriptionId: subscription.id }))).total,
    "25", "5 + 20");

  // nothing in a wallet: the attempt pays nothing
  const attempt = await strict(() => flexprice.invoices.attemptInvoicePayment(final.id));
  assert.match(attempt.message, /nothing was paid/);
  assertAmount((await strict(() => flexprice.invoices.getInvoice(final.id))).amountPaid, "0");
});

test("a one-off draft with a 10% coupon and a 19% tax is updated, finalized, paid in two steps and summed per customer", async () => {
  const customer = await aCustomer("one-off");
  const coupon = await flexprice.coupons.createCoupon({ name: unique("ten-off"), type: "percentage", percentageOff: "10", cadence: "once" });
  const vat = await flexprice.taxRates.createTaxRate({ name: "VAT", code: unique("vat"), taxRateType: "percentage", percentageValue: "19" });

  const draft = await strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id,
    currency: "usd",
    invoiceType: "ONE_OFF",
    invoiceStatus: "DRAFT",
    // computed by the server from the lines: the values sent are FlexPrice's required placeholders
    amountDue: "0", subtotal: "0", total: "0",
    description: "Onboarding",
    lineItems: [
      { displayName: "Setup", amount: "100.00", quantity: "1", priceType: "FIXED" },
      { displayName: "Consulting", amount: "50.00", quantity: "2", priceType: "FIXED" },
    ],
    coupons: [coupon.id],
    taxRates: [vat.id],
    metadata: { po: "PO-7" },
  }));
  // subtotal 100 + 50 = 150; 10% off = 15.00, split 10.00 / 5.00 by line; taxable 150 - 15 = 135;
  // VAT 135 x 19% = 25.65; total 135 + 25.65 = 160.65
  assert.equal(draft.invoiceType, "ONE_OFF");
  assert.equal(draft.invoiceStatus, "DRAFT");
  assert.equal(draft.billingReason, "MANUAL");
  assert.equal(draft.description, "Onboarding");
  assert.equal(draft.invoiceNumber, undefined, "a draft has no number yet");
  assertAmount(draft.subtotal, "150");
  assertAmount(draft.totalDiscount, "15");
  assertAmount(draft.totalTax, "25.65");
  assertAmount(draft.total, "160.65");
  assertAmount(draft.amountDue, "160.65");
  assertAmount(line(draft, "Setup").invoiceLevelDiscount, "10", "100 x 10%");
  assertAmount(line(draft, "Consulting").invoiceLevelDiscount, "5", "50 x 10%");
  assert.equal(draft.couponApplications.length, 1);
  const [applied] = draft.couponApplications;
  assert.equal(applied.couponId, coupon.id);
  assert.equal(applied.discountType, "percentage");
  assertAmount(applied.discountPercentage, "10");
  assertAmount(applied.originalPrice, "150");
  assertAmount(applied.discountedAmount, "15");
  assertAmount(applied.finalPrice, "135");
  assert.equal(draft.taxes.length, 1);
  assert.equal(draft.taxes[0].taxRateId, vat.id);
  assertAmount(draft.taxes[0].taxableAmount, "135");
  assertAmount(draft.taxes[0].taxAmount, "25.65");
  assert.deepEqual(draft.metadata, { po: "PO-7" });

  const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
  const updated = await strict(() => flexprice.invoices.updateInvoice(draft.id, {
    dueDate, invoicePdfUrl: "https://files.example/inv.pdf", metadata: { po: "PO-8" },
  }));
  assert.equal(updated.dueDate, dueDate);
  assert.equal(updated.invoicePdfUrl, "https://files.example/inv.pdf");
  assert.deepEqual(updated.metadata, { po: "PO-8" });
  assertAmount(updated.total, "160.65", "an update leaves the amounts alone");

  const finalized = await strict(() => flexprice.invoices.finalizeInvoice(draft.id));
  assert.equal(finalized.message, "invoice finalized successfully");
  const issued = await strict(() => flexprice.invoices.getInvoice(draft.id));
  assert.equal(issued.invoiceStatus, "FINALIZED");
  assert.match(issued.invoiceNumber, INVOICE_NUMBER);

  const unpaid = await strict(() => flexprice.invoices.getCustomerInvoiceSummary(customer.id));
  assert.equal(unpaid.customerId, customer.id);
  assert.equal(unpaid.defaultCurrency, "usd");
  assert.equal(unpaid.summaries.length, 1);
  const [usd] = unpaid.summaries;
  assert.equal(usd.currency, "usd");
  assert.equal(usd.totalInvoiceCount, 1);
  assert.equal(usd.unpaidInvoiceCount, 1);
  assert.equal(usd.overdueInvoiceCount, 0, "due in 30 days");
  assertAmount(usd.totalRevenueAmount, "160.65");
  assertAmount(usd.totalUnpaidAmount, "160.65");
  assertAmount(usd.totalOverdueAmount, "0");
  assertAmount(usd.unpaidFixedCharges, "150", "the fixed lines before discount and tax: 100 + 50");
  assertAmount(usd.unpaidUsageCharges, "0");

  // 60.65 received: 160.65 - 60.65 = 100.00 remains; then the rest, and the invoice is paid
  const part = await strict(() => flexprice.invoices.updateInvoicePaymentStatus(draft.id, { paymentStatus: "PENDING", amount: "60.65" }));
  assert.equal(part.paymentStatus, "PENDING");
  assertAmount(part.amountPaid, "60.65");
  assertAmount(part.amountRemaining, "100");
  assertAmount((await strict(() => flexprice.invoices.getCustomerInvoiceSummary(customer.id))).summaries[0].totalUnpaidAmount, "100");
  const paid = await strict(() => flexprice.invoices.updateInvoicePaymentStatus(draft.id, { paymentStatus: "SUCCEEDED" }));
  assert.equal(paid.paymentStatus, "SUCCEEDED");
  assertAmount(paid.amountPaid, "160.65");
  assertAmount(paid.amountRemaining, "0");
  assert.ok(paid.paidAt);
  const settled = (await strict(() => flexprice.invoices.getCustomerInvoiceSummary(customer.id))).summaries[0];
  assert.equal(settled.unpaidInvoiceCount, 0);
  assertAmount(settled.totalUnpaidAmount, "0");
  assertAmount(settled.totalRevenueAmount, "160.65");

  // a paid invoice: nothing left to attempt, and it cannot be finalized twice
  await rejects(() => flexprice.invoices.attemptInvoicePayment(draft.id), 409);
  await rejects(() => flexprice.invoices.finalizeInvoice(draft.id), 409);
});

test("a customer's prepaid wallet pays a finalized invoice through the payment attempt", async () => {
  const customer = await aCustomer("attempt");
  // 50 free credits at 1 usd each
  const wallet = await strict(() => flexprice.wallets.createWallet({ customerId: customer.id, currency: "usd", initialCreditsToLoad: "50" }));
  const invoice = await strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0",
    lineItems: [{ displayName: "Support plan", amount: "35.50", quantity: "1" }],
  }));
  assert.equal(invoice.invoiceStatus, "FINALIZED", "a one-off invoice is finalized unless sent as a DRAFT");

  const attempt = await strict(() => flexprice.invoices.attemptInvoicePayment(invoice.id));
  assert.match(attempt.message, /35\.5/);
  const paid = await strict(() => flexprice.invoices.getInvoice(invoice.id));
  assert.equal(paid.paymentStatus, "SUCCEEDED");
  assertAmount(paid.amountPaid, "35.5");
  assertAmount(paid.amountRemaining, "0");
  // 50 - 35.50 = 14.50 credits left
  assertAmount((await strict(() => flexprice.wallets.getWallet(wallet.id))).creditBalance, "14.5");
  const debits = await strict(() => flexprice.wallets.getWalletTransactions({ idPathParameter: wallet.id, type: "debit" }));
  assert.deepEqual(debits.items.map((t) => [t.transactionReason, t.referenceType, t.referenceId, Number(t.creditAmount)]),
    [["INVOICE_PAYMENT", "INVOICE", invoice.id, 35.5]]);
});

test("search filters by customer, external customer id, type, statuses, amounts and period, and pages with a total", async () => {
  const customer = await aCustomer("inv-search");
  const other = await aCustomer("inv-other");
  const oneOff = async (who, amount, extra = {}) => strict(() => flexprice.invoices.createInvoice({
    customerId: who.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0",
    lineItems: [{ displayName: "Service", amount, quantity: "1" }], ...extra,
  }));
  const ten = await oneOff(customer, "10.00");
  const twenty = await oneOff(customer, "20.00");
  const thirty = await oneOff(customer, "30.00", { invoiceStatus: "DRAFT" });
  const paidForty = await oneOff(customer, "40.00", { paymentStatus: "SUCCEEDED", amountPaid: "40.00" });
  await oneOff(other, "99.00");
  const mine = [ten.id, twenty.id, thirty.id, paidForty.id];

  const first = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, limit: 3, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((i) => i.id), mine.slice(0, 3));
  assert.deepEqual(first.pagination, { limit: 3, offset: 0, total: 4 });
  const rest = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, limit: 3, offset: 3, order: "asc" }));
  assert.deepEqual(rest.items.map((i) => i.id), [paidForty.id]);
  assert.deepEqual(rest.pagination, { limit: 3, offset: 3, total: 4 });
  const newestFirst = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, order: "desc" }));
  assert.deepEqual(newestFirst.items.map((i) => i.id), [...mine].reverse());

  const byExternalId = await strict(() => flexprice.invoices.queryInvoice({ externalCustomerId: customer.externalId, order: "asc" }));
  assert.deepEqual(byExternalId.items.map((i) => i.id), mine);
  const drafts = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, invoiceStatus: ["DRAFT"] }));
  assert.deepEqual(drafts.items.map((i) => i.id), [thirty.id]);
  const settled = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, paymentStatus: ["SUCCEEDED"] }));
  assert.deepEqual(settled.items.map((i) => i.id), [paidForty.id]);
  // amount_due > 15: 20, 30 and 40; amount_remaining > 15: 20 and 30 (40 is paid)
  const above = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, amountDueGt: 15, order: "asc" }));
  assert.deepEqual(above.items.map((i) => i.id), [twenty.id, thirty.id, paidForty.id]);
  const owing = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, amountRemainingGt: 15, order: "asc" }));
  assert.deepEqual(owing.items.map((i) => i.id), [twenty.id, thirty.id]);
  const picked = await strict(() => flexprice.invoices.queryInvoice({ invoiceIds: [ten.id, paidForty.id], invoiceType: "ONE_OFF", order: "asc" }));
  assert.deepEqual(picked.items.map((i) => i.id), [ten.id, paidForty.id]);
  assert.equal(picked.pagination.total, 2);
  const bare = await strict(() => flexprice.invoices.queryInvoice({ invoiceIds: [ten.id], skipLineItems: true }));
  assert.equal(bare.items[0].lineItems, undefined, "skip_line_items leaves the lines out");
  assertAmount(bare.items[0].total, "10");
  const full = await strict(() => flexprice.invoices.queryInvoice({ invoiceIds: [ten.id], skipLineItems: false }));
  assert.equal(full.items[0].lineItems.length, 1);
  const noSubscription = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, invoiceType: "SUBSCRIPTION" }));
  assert.equal(noSubscription.pagination.total, 0);

  // a subscription's invoices, by subscription and by their period
  const plan = await aPlan();
  const subscription = await aSubscription(customer, plan);
  const subscriptions = await strict(() => flexprice.invoices.queryInvoice({ subscriptionId: subscription.id }));
  assert.equal(subscriptions.pagination.total, 1);
  const [created] = subscriptions.items;
  const inPeriod = await strict(() => flexprice.invoices.queryInvoice({
    customerId: customer.id, periodStartGte: created.periodStart, periodEndLte: created.periodEnd,
  }));
  assert.deepEqual(inPeriod.items.map((i) => i.id), [created.id]);
  const later = await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id, periodStartGte: created.periodEnd }));
  assert.equal(later.pagination.total, 0);
});

test("invoice errors: bad input 400, missing 404, wrong state 409; the PDF and the comms webhook answer 501", async () => {
  const customer = await aCustomer("inv-bad");
  const invalid = await rejects(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0",
    lineItems: [{ displayName: "Broken", amount: "ten", quantity: "1" }],
  }), 400);
  assert.match(invalid.error.message, /line_items\[0\]\.amount/);
  await rejects(() => flexprice.invoices.createInvoice({ customerId: customer.id, currency: "not-a-currency", amountDue: "0", subtotal: "0", total: "0" }), 400);
  assert.equal((await strict(() => flexprice.invoices.queryInvoice({ customerId: customer.id }))).pagination.total, 0, "a rejected create stores nothing");
  await rejects(() => flexprice.invoices.queryInvoice({ customerId: customer.id, limit: 0 }), 400);
  await rejects(() => flexprice.invoices.getInvoicePreview({ subscriptionId: "subs_does_not_exist" }), 404);

  await rejects(() => flexprice.invoices.createInvoice({
    customerId: "cust_does_not_exist", currency: "usd", amountDue: "0", subtotal: "0", total: "0",
    lineItems: [{ displayName: "Service", amount: "1.00", quantity: "1" }],
  }), 404);
  await rejects(() => flexprice.invoices.getInvoice("inv_does_not_exist"), 404);
  await rejects(() => flexprice.invoices.updateInvoice("inv_does_not_exist", { metadata: { a: "b" } }), 404);
  await rejects(() => flexprice.invoices.finalizeInvoice("inv_does_not_exist"), 404);
  await rejects(() => flexprice.invoices.voidInvoice("inv_does_not_exist"), 404);
  await rejects(() => flexprice.invoices.recalculateInvoice("inv_does_not_exist"), 404);
  await rejects(() => flexprice.invoices.attemptInvoicePayment("inv_does_not_exist"), 404);
  await rejects(() => flexprice.invoices.updateInvoicePaymentStatus("inv_does_not_exist", { paymentStatus: "SUCCEEDED" }), 404);
  await rejects(() => flexprice.invoices.getCustomerInvoiceSummary("cust_does_not_exist"), 404);
  await rejects(() => flexprice.invoices.queryInvoice({ externalCustomerId: unique("nobody") }), 404);

  const draft = await strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0", invoiceStatus: "DRAFT",
    lineItems: [{ displayName: "Service", amount: "12.00", quantity: "1" }],
  }));
  await rejects(() => flexprice.invoices.recalculateInvoice(draft.id), 409); // a one-off invoice has no period to re-bill
  await rejects(() => flexprice.invoices.attemptInvoicePayment(draft.id), 409); // only a finalized invoice is paid
  await strict(() => flexprice.invoices.finalizeInvoice(draft.id));
  const tooMuch = await rejects(() => flexprice.invoices.updateInvoicePaymentStatus(draft.id, { paymentStatus: "SUCCEEDED", amount: "13.00" }), 400);
  assert.match(tooMuch.error.message, /amount/);
  await strict(() => flexprice.invoices.voidInvoice(draft.id));
  await rejects(() => flexprice.invoices.voidInvoice(draft.id), 409);

  const pdf = await rejects(() => flexprice.invoices.getInvoicePdf(draft.id), 501);
  assert.equal(pdf.error.message, "GET /v1/invoices/{id}/pdf is not implemented by this server");
  const comms = await rejects(() => flexprice.invoices.triggerInvoiceCommsWebhook(draft.id), 501);
  assert.equal(comms.error.message, "POST /v1/invoices/{id}/comms/trigger is not implemented by this server");
});
