// Credit notes: every operation of the client's `creditNotes` group (create, get, process = finalize, void), as
// REFUNDs of a paid subscription invoice and ADJUSTMENTs of an unpaid one-off invoice with a tax.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";
import { aCustomer, aPlan, aSubscription, invoicesOf } from "./support/billing.mjs";

const CREDIT_NOTE_NUMBER = /^CN-\d{6}-\d{5}$/;

test("a paid subscription invoice is refunded in two credit notes, a draft one processed later, up to what was paid", async () => {
  const customer = await aCustomer("refund");
  const plan = await aPlan();
  const subscription = await aSubscription(customer, plan);
  const [invoice] = await invoicesOf(subscription.id);
  await strict(() => flexprice.invoices.updateInvoicePaymentStatus(invoice.id, { paymentStatus: "SUCCEEDED" }));
  const fee = invoice.lineItems.find((l) => l.displayName === "Platform fee");
  assertAmount(fee.amount, "20");

  // the client processes a credit note at creation unless told not to: this one stays a DRAFT
  const draft = await strict(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id,
    reason: "SERVICE_ISSUE",
    memo: "two days of outage",
    processCreditNote: false,
    lineItems: [{ invoiceLineItemId: fee.id, amount: "5.00", displayName: "Outage credit", metadata: { days: "2" } }],
    metadata: { ticket: "T-1" },
  }));
  assert.match(draft.id, /\S+/);
  assert.equal(draft.creditNoteStatus, "DRAFT");
  assert.equal(draft.creditNoteType, "REFUND", "the invoice is paid: the credit note gives money back");
  assert.equal(draft.reason, "SERVICE_ISSUE");
  assert.equal(draft.memo, "two days of outage");
  assert.equal(draft.invoiceId, invoice.id);
  assert.equal(draft.customerId, customer.id);
  assert.equal(draft.subscriptionId, subscription.id);
  assert.equal(draft.currency, "usd");
  assert.equal(draft.creditNoteNumber, undefined, "numbered when finalized");
  assertAmount(draft.totalAmount, "5");
  assert.deepEqual(draft.lineItems.map((l) => [l.invoiceLineItemId, l.displayName, Number(l.amount), l.creditNoteId]),
    [[fee.id, "Outage credit", 5, draft.id]]);
  assert.deepEqual(draft.lineItems[0].metadata, { days: "2" });
  assert.deepEqual(draft.metadata, { ticket: "T-1" });
  const read = await strict(() => flexprice.creditNotes.getCreditNote(draft.id));
  assert.equal(read.creditNoteStatus, "DRAFT");
  assertAmount(read.totalAmount, "5");

  const processed = await strict(() => flexprice.creditNotes.processCreditNote(draft.id));
  assert.equal(processed.id, draft.id);
  assert.equal(processed.creditNoteStatus, "FINALIZED");
  assert.match(processed.creditNoteNumber, CREDIT_NOTE_NUMBER);
  assert.ok(processed.finalizedAt);
  let refunded = await strict(() => flexprice.invoices.getInvoice(invoice.id));
  assertAmount(refunded.refundedAmount, "5");
  assert.equal(refunded.paymentStatus, "PARTIALLY_REFUNDED");

  // 20 paid - 5 refunded = 15 left to refund: 15.01 is refused, 15 is processed at creation (the client's default)
  const over = await rejects(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "SERVICE_ISSUE", lineItems: [{ invoiceLineItemId: fee.id, amount: "15.01" }],
  }), 400);
  assert.match(over.error.message, /15/);
  const rest = await strict(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "SUBSCRIPTION_CANCELLATION", lineItems: [{ invoiceLineItemId: fee.id, amount: "15" }],
  }));
  assert.equal(rest.creditNoteStatus, "FINALIZED");
  assert.match(rest.creditNoteNumber, CREDIT_NOTE_NUMBER);
  assert.notEqual(rest.creditNoteNumber, processed.creditNoteNumber);
  refunded = await strict(() => flexprice.invoices.getInvoice(invoice.id));
  assertAmount(refunded.refundedAmount, "20", "5 + 15");
  assert.equal(refunded.paymentStatus, "REFUNDED");

  // a finalized refund gave the money back: it cannot be voided
  await rejects(() => flexprice.creditNotes.voidCreditNote(rest.id), 409);
});

test("an unpaid invoice with a 19% tax is adjusted by a credit note; voiding it restores what is owed", async () => {
  const customer = await aCustomer("adjust");
  const vat = await flexprice.taxRates.createTaxRate({ name: "VAT", code: unique("vat"), taxRateType: "percentage", percentageValue: "19" });
  const invoice = await strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0", taxRates: [vat.id],
    lineItems: [{ displayName: "Annual licence", amount: "100.00", quantity: "1", priceType: "FIXED" }],
  }));
  // 100.00 + 19% = 119.00 owed
  assertAmount(invoice.total, "119");
  const [licence] = invoice.lineItems;

  // half of the line with its tax: 119 / 2 = 59.50
  const note = await strict(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "BILLING_ERROR", lineItems: [{ invoiceLineItemId: licence.id, amount: "59.50" }],
  }));
  assert.equal(note.creditNoteType, "ADJUSTMENT", "nothing paid yet: the credit note lowers what is owed");
  assert.equal(note.creditNoteStatus, "FINALIZED");
  assertAmount(note.totalAmount, "59.5");
  let adjusted = await strict(() => flexprice.invoices.getInvoice(invoice.id));
  assertAmount(adjusted.adjustmentAmount, "59.5");
  assertAmount(adjusted.amountRemaining, "59.5", "119 - 59.50");
  assertAmount(adjusted.amountDue, "59.5");

  // more than the line can still take (119 - 59.50 = 59.50) is refused and changes nothing
  await rejects(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "BILLING_ERROR", lineItems: [{ invoiceLineItemId: licence.id, amount: "60" }],
  }), 400);

  const voided = await strict(() => flexprice.creditNotes.voidCreditNote(note.id));
  assert.equal(voided.creditNoteStatus, "VOIDED");
  assert.ok(voided.voidedAt);
  assert.equal((await strict(() => flexprice.creditNotes.getCreditNote(note.id))).creditNoteStatus, "VOIDED");
  adjusted = await strict(() => flexprice.invoices.getInvoice(invoice.id));
  assertAmount(adjusted.adjustmentAmount, "0");
  assertAmount(adjusted.amountRemaining, "119", "owed in full again");

  // a draft credit note is voided without ever touching the invoice
  const draft = await strict(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "DUPLICATE", processCreditNote: false, lineItems: [{ invoiceLineItemId: licence.id, amount: "10" }],
  }));
  assert.equal((await strict(() => flexprice.creditNotes.voidCreditNote(draft.id))).creditNoteStatus, "VOIDED");
  await rejects(() => flexprice.creditNotes.processCreditNote(draft.id), 409);
  await rejects(() => flexprice.creditNotes.voidCreditNote(draft.id), 409);
  assertAmount((await strict(() => flexprice.invoices.getInvoice(invoice.id))).amountRemaining, "119");
});

test("credit note errors: bad input 400, a missing invoice or credit note 404, a draft invoice 409", async () => {
  const customer = await aCustomer("cn-bad");
  const invoice = await strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0",
    lineItems: [{ displayName: "Service", amount: "10.00", quantity: "1" }],
  }));
  const lineId = invoice.lineItems[0].id;
  const unknownReason = await rejects(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "CHANGED_MY_MIND", lineItems: [{ invoiceLineItemId: lineId, amount: "1" }],
  }), 400);
  assert.match(unknownReason.error.message, /reason/);
  const notALine = await rejects(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "BILLING_ERROR", lineItems: [{ invoiceLineItemId: "inv_line_elsewhere", amount: "1" }],
  }), 400);
  assert.match(notALine.error.message, /line_items\[0\]\.invoice_line_item_id/);
  await rejects(() => flexprice.creditNotes.createCreditNote({
    invoiceId: invoice.id, reason: "BILLING_ERROR", lineItems: [{ invoiceLineItemId: lineId, amount: "a lot" }],
  }), 400);
  assertAmount((await strict(() => flexprice.invoices.getInvoice(invoice.id))).amountRemaining, "10", "nothing was credited");

  await rejects(() => flexprice.creditNotes.createCreditNote({
    invoiceId: "inv_does_not_exist", reason: "BILLING_ERROR", lineItems: [{ invoiceLineItemId: lineId, amount: "1" }],
  }), 404);
  await rejects(() => flexprice.creditNotes.getCreditNote("cn_does_not_exist"), 404);
  await rejects(() => flexprice.creditNotes.processCreditNote("cn_does_not_exist"), 404);
  await rejects(() => flexprice.creditNotes.voidCreditNote("cn_does_not_exist"), 404);

  const draftInvoice = await strict(() => flexprice.invoices.createInvoice({
    customerId: customer.id, currency: "usd", amountDue: "0", subtotal: "0", total: "0", invoiceStatus: "DRAFT",
    lineItems: [{ displayName: "Service", amount: "10.00", quantity: "1" }],
  }));
  await rejects(() => flexprice.creditNotes.createCreditNote({
    invoiceId: draftInvoice.id, reason: "BILLING_ERROR", lineItems: [{ invoiceLineItemId: draftInvoice.lineItems[0].id, amount: "1" }],
  }), 409);
});
