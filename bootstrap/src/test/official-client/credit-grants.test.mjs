// Credit grants: every operation of the client's `creditGrants` group, and the upcoming applications a
// subscription and its customer see (subscriptions.getSubscriptionUpcomingGrants, customers.getCustomerUpcomingGrants).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

/** A plan with a 20.00 USD monthly fee paid in advance. */
async function monthlyPlan() {
  const plan = await strict(() => flexprice.plans.createPlan({ name: "Pro", lookupKey: unique("pro") }));
  await strict(() => flexprice.prices.createPrice({
    entityType: "PLAN", entityId: plan.id, type: "FIXED", billingModel: "FLAT_FEE", amount: "20.00", currency: "usd",
    billingCadence: "RECURRING", billingPeriod: "MONTHLY", invoiceCadence: "ADVANCE", priceUnitType: "FIAT",
    displayName: "Platform fee",
  }));
  return plan;
}

/** A customer subscribed monthly to the plan from `startDate` (in the future: no grant is applied yet). */
async function subscribe(plan, startDate) {
  const customer = await strict(() => flexprice.customers.createCustomer({ externalId: unique("granted") }));
  const subscription = await strict(() => flexprice.subscriptions.createSubscription({
    customerId: customer.id, planId: plan.id, currency: "usd", billingCadence: "RECURRING",
    billingPeriod: "MONTHLY", billingCycle: "anniversary", startDate,
  }));
  return { customer, subscription };
}

test("a plan grant is created, read, renamed, listed for its plan, and deleted", async () => {
  const plan = await monthlyPlan();
  const created = await strict(() => flexprice.creditGrants.createCreditGrant({
    name: "Monthly credits", scope: "PLAN", planId: plan.id, credits: "100", cadence: "RECURRING",
    period: "MONTHLY", periodCount: 1, expirationType: "BILLING_CYCLE", priority: 1, metadata: { source: "contract" },
  }));
  assert.match(created.id, /\S+/);
  assert.equal(created.name, "Monthly credits");
  assert.equal(created.scope, "PLAN");
  assert.equal(created.planId, plan.id);
  assertAmount(created.credits, "100", "credits");
  assert.equal(created.cadence, "RECURRING");
  assert.equal(created.period, "MONTHLY");
  assert.equal(created.periodCount, 1);
  assert.equal(created.expirationType, "BILLING_CYCLE");
  assert.equal(created.priority, 1);
  assert.deepEqual(created.metadata, { source: "contract" });
  assert.equal(created.status, "published");

  const once = await strict(() => flexprice.creditGrants.createCreditGrant({
    name: "Welcome credits", scope: "PLAN", planId: plan.id, credits: "25.5", cadence: "ONETIME",
    expirationType: "DURATION", expirationDuration: 30, expirationDurationUnit: "DAY",
  }));
  assert.equal(once.cadence, "ONETIME");
  assert.equal(once.expirationDuration, 30);
  assert.equal(once.expirationDurationUnit, "DAY");
  assertAmount(once.credits, "25.5", "credits");

  const got = await strict(() => flexprice.creditGrants.getCreditGrant(created.id));
  assert.equal(got.id, created.id);
  assertAmount(got.credits, "100", "credits");

  const renamed = await strict(() => flexprice.creditGrants.updateCreditGrant(created.id, {
    name: "Monthly AI credits", metadata: { source: "renamed" },
  }));
  assert.equal(renamed.name, "Monthly AI credits");
  assert.deepEqual(renamed.metadata, { source: "renamed" });
  assertAmount(renamed.credits, "100", "credits unchanged");

  const ofPlan = await strict(() => flexprice.creditGrants.getPlanCreditGrants(plan.id));
  assert.deepEqual(ofPlan.items.map((g) => g.id).sort(), [created.id, once.id].sort());
  assert.equal(ofPlan.pagination.total, 2);
  assert.equal(ofPlan.items.find((g) => g.id === created.id).name, "Monthly AI credits");

  await strict(() => flexprice.creditGrants.deleteCreditGrant(once.id));
  // as FlexPrice does, a deleted grant still reads back by id, with its status; it leaves its plan's list
  const deleted = await strict(() => flexprice.creditGrants.getCreditGrant(once.id));
  assert.equal(deleted.status, "deleted");
  const afterDelete = await strict(() => flexprice.creditGrants.getPlanCreditGrants(plan.id));
  assert.deepEqual(afterDelete.items.map((g) => g.id), [created.id]);
  assert.equal(afterDelete.pagination.total, 1);
});

test("a subscription and its customer see the next application of each grant, soonest first", async () => {
  const plan = await monthlyPlan();
  const monthly = await strict(() => flexprice.creditGrants.createCreditGrant({
    name: "Monthly credits", scope: "PLAN", planId: plan.id, credits: "100", cadence: "RECURRING",
    period: "MONTHLY", expirationType: "NEVER",
  }));
  const { customer, subscription } = await subscribe(plan, "2031-01-15T00:00:00Z");
  const own = await strict(() => flexprice.creditGrants.createCreditGrant({
    name: "Sign-up bonus", scope: "SUBSCRIPTION", subscriptionId: subscription.id, credits: "10",
    cadence: "ONETIME", expirationType: "NEVER", startDate: "2031-02-01T00:00:00Z",
  }));
  assert.equal(own.scope, "SUBSCRIPTION");
  assert.equal(own.subscriptionId, subscription.id);

  const upcoming = await strict(() => flexprice.subscriptions.getSubscriptionUpcomingGrants(subscription.id));
  // the monthly grant's first period starts with the subscription (Jan 15); the bonus is due from Feb 1
  assert.deepEqual(upcoming.items.map((a) => [a.creditGrantId, new Date(a.scheduledFor).toISOString()]), [
    [monthly.id, "2031-01-15T00:00:00.000Z"],
    [own.id, "2031-02-01T00:00:00.000Z"],
  ]);
  const first = upcoming.items[0];
  assert.equal(first.subscriptionId, subscription.id);
  assert.equal(first.applicationStatus, "pending");
  assert.equal(first.applicationReason, "first_time_recurring_credit_grant");
  assert.equal(first.credits, 100);
  assert.equal(new Date(first.periodStart).toISOString(), "2031-01-15T00:00:00.000Z");
  assert.equal(new Date(first.periodEnd).toISOString(), "2031-02-15T00:00:00.000Z");
  assert.equal(upcoming.items[1].applicationReason, "onetime_credit_grant");
  assert.equal(upcoming.pagination.total, 2);

  // a second subscription of the same customer, to the same plan, from March: its monthly grant comes last
  const later = await strict(() => flexprice.subscriptions.createSubscription({
    customerId: customer.id, planId: plan.id, currency: "usd", billingCadence: "RECURRING",
    billingPeriod: "MONTHLY", startDate: "2031-03-01T00:00:00Z",
  }));
  const ofCustomer = await strict(() => flexprice.customers.getCustomerUpcomingGrants(customer.id));
  assert.deepEqual(ofCustomer.items.map((a) => [a.subscriptionId, a.creditGrantId]), [
    [subscription.id, monthly.id],
    [subscription.id, own.id],
    [later.id, monthly.id],
  ]);
  assert.equal(ofCustomer.pagination.total, 3);
});

test("bad grants are a 400 naming the field, unknown grants, plans and customers a 404", async () => {
  const plan = await monthlyPlan();
  const negative = await rejects(() => flexprice.creditGrants.createCreditGrant({
    name: "Negative", scope: "PLAN", planId: plan.id, credits: "-5", cadence: "ONETIME",
  }), 400);
  assert.match(negative.error.message, /credits/);
  const noPlan = await rejects(() => flexprice.creditGrants.createCreditGrant({
    name: "Planless", scope: "PLAN", credits: "5", cadence: "ONETIME",
  }), 400);
  assert.match(noPlan.error.message, /plan_id/);
  const noPeriod = await rejects(() => flexprice.creditGrants.createCreditGrant({
    name: "Recurring", scope: "PLAN", planId: plan.id, credits: "5", cadence: "RECURRING",
  }), 400);
  assert.match(noPeriod.error.message, /period/);
  const listed = await strict(() => flexprice.creditGrants.getPlanCreditGrants(plan.id));
  assert.equal(listed.pagination.total, 0);

  await rejects(() => flexprice.creditGrants.createCreditGrant({
    name: "Ghost", scope: "PLAN", planId: "plan_does_not_exist", credits: "5", cadence: "ONETIME",
  }), 404);
  await rejects(() => flexprice.creditGrants.getCreditGrant("cg_does_not_exist"), 404);
  await rejects(() => flexprice.creditGrants.updateCreditGrant("cg_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.creditGrants.deleteCreditGrant("cg_does_not_exist"), 404);
  await rejects(() => flexprice.creditGrants.getPlanCreditGrants("plan_does_not_exist"), 404);
  await rejects(() => flexprice.subscriptions.getSubscriptionUpcomingGrants("subs_does_not_exist"), 404);
  await rejects(() => flexprice.customers.getCustomerUpcomingGrants("cust_does_not_exist"), 404);
});
