// Set-ups several suites share, the money suites (invoices, credit notes, wallets, payments) above all: a customer,
// a plan with a fixed and a usage price, a subscription, usage events. They go through the official client too, but
// they belong to other groups (customers, features, plans, prices, subscriptions, events), whose own suites check
// them: here they only build the scenario.
import assert from "node:assert/strict";
import { flexprice, unique } from "./flexprice.mjs";

/** A customer of the test's own: { id, externalId }. */
export async function aCustomer(prefix = "cust") {
  const externalId = unique(prefix);
  const customer = await flexprice.customers.createCustomer({ externalId, name: externalId, email: `${externalId}@billing.test` });
  return { id: customer.id, externalId };
}

/** The start of today, UTC, as RFC 3339: subscriptions start there, so their first month has begun. */
export function startOfToday() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();
}

/** A monthly flat fee in usd paid in advance, on a plan or an addon: createPrice's request. */
export function monthlyFee(entityType, entityId, amount, extra = {}) {
  return {
    entityType, entityId, type: "FIXED", priceUnitType: "FIAT", billingModel: "FLAT_FEE", amount, currency: "usd",
    billingCadence: "RECURRING", billingPeriod: "MONTHLY", invoiceCadence: "ADVANCE", ...extra,
  };
}

/**
 * A metered feature (SUM of the "tokens" property of its own event name) and a monthly plan with a fixed fee paid
 * in advance and a per-token price billed in arrear, in usd: { eventName, meterId, planId, fixedPriceId,
 * usagePriceId }.
 */
export async function aPlan({ fee = "20.00", perToken = "0.01" } = {}) {
  const eventName = unique("llm_call");
  const feature = await flexprice.features.createFeature({
    name: unique("Tokens"),
    type: "metered",
    lookupKey: unique("tokens"),
    meter: { name: "Tokens", eventName, aggregation: { type: "SUM", field: "tokens" }, resetUsage: "BILLING_PERIOD" },
  });
  assert.ok(feature.meterId, "the metered feature has its meter");
  const plan = await flexprice.plans.createPlan({ name: unique("Pro"), lookupKey: unique("pro") });
  const common = {
    entityType: "PLAN", entityId: plan.id, currency: "usd", billingModel: "FLAT_FEE", billingCadence: "RECURRING",
    billingPeriod: "MONTHLY", priceUnitType: "FIAT",
  };
  const fixed = await flexprice.prices.createPrice({ ...common, type: "FIXED", amount: fee, invoiceCadence: "ADVANCE", displayName: "Platform fee" });
  const usage = await flexprice.prices.createPrice({
    ...common, type: "USAGE", amount: perToken, invoiceCadence: "ARREAR", meterId: feature.meterId, displayName: "Tokens",
  });
  return { eventName, meterId: feature.meterId, planId: plan.id, fixedPriceId: fixed.id, usagePriceId: usage.id };
}

/** A monthly subscription of the customer to the plan from the start of today (its first invoice is issued at once). */
export async function aSubscription(customer, plan, extra = {}) {
  return flexprice.subscriptions.createSubscription({
    customerId: customer.id, planId: plan.planId, currency: "usd", billingCadence: "RECURRING",
    billingPeriod: "MONTHLY", billingCycle: "anniversary", startDate: startOfToday(), ...extra,
  });
}

/** Usage events of the plan's event name for the customer, one per token count, timestamped now. */
export async function usage(customer, plan, ...tokens) {
  const now = new Date().toISOString();
  await flexprice.events.ingestEventsBulk({
    events: tokens.map((count) => ({
      eventId: unique("evt"), eventName: plan.eventName, externalCustomerId: customer.externalId,
      timestamp: now, properties: { tokens: String(count) },
    })),
  });
}

/** The subscription's invoices (every status), oldest first. */
export async function invoicesOf(subscriptionId) {
  const page = await flexprice.invoices.queryInvoice({ subscriptionId, order: "asc", invoiceStatus: ["DRAFT", "FINALIZED", "VOIDED"] });
  return page.items;
}
