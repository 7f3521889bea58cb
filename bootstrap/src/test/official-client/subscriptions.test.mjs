// Subscriptions: every operation of the client's `subscriptions` group (the three subscription-schedule operations
// answer 501).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

const TODAY = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;
const iso = (instant) => new Date(instant).toISOString();

/** A plan with a monthly fee paid in advance and, when `meterId` is given, 0.01 per unit of usage in arrear. */
async function plan(name, fee, meterId) {
  const created = await strict(() => flexprice.plans.createPlan({ name, lookupKey: unique(name.toLowerCase()) }));
  const common = { entityType: "PLAN", entityId: created.id, currency: "usd", billingCadence: "RECURRING",
    billingPeriod: "MONTHLY", priceUnitType: "FIAT" };
  const feePrice = await strict(() => flexprice.prices.createPrice({
    ...common, type: "FIXED", billingModel: "FLAT_FEE", amount: fee, invoiceCadence: "ADVANCE", displayName: `${name} fee`,
  }));
  const prices = [feePrice];
  if (meterId) {
    prices.push(await strict(() => flexprice.prices.createPrice({
      ...common, type: "USAGE", billingModel: "FLAT_FEE", amount: "0.01", invoiceCadence: "ARREAR", meterId,
      displayName: "Tokens",
    })));
  }
  return { plan: created, prices };
}

/** A metered feature summing the `tokens` of its own event name. */
async function tokens() {
  const eventName = unique("llm_call");
  const feature = await strict(() => flexprice.features.createFeature({
    name: "Tokens", type: "metered", lookupKey: unique("tokens"),
    meter: { name: "Tokens", eventName, aggregation: { type: "SUM", field: "tokens" }, resetUsage: "BILLING_PERIOD" },
  }));
  return { eventName, feature };
}

async function customer() {
  return strict(() => flexprice.customers.createCustomer({ externalId: unique("subscriber"), name: "Subscriber" }));
}

function subscribe(customerId, planId, extra = {}) {
  return strict(() => flexprice.subscriptions.createSubscription({
    customerId, planId, currency: "usd", billingCadence: "RECURRING", billingPeriod: "MONTHLY",
    billingCycle: "anniversary", startDate: TODAY, ...extra,
  }));
}

test("a subscription is created from a plan, read, its usage, entitlements and grants answer, and it is updated", async () => {
  const { eventName, feature } = await tokens();
  const { plan: pro, prices } = await plan("Pro", "30.00", feature.meterId);
  await strict(() => flexprice.entitlements.createEntitlement({
    entityType: "PLAN", entityId: pro.id, featureId: feature.id, featureType: "metered", isEnabled: true,
    usageLimit: 1000, usageResetPeriod: "MONTHLY", isSoftLimit: false,
  }));
  const buyer = await customer();

  const created = await subscribe(buyer.id, pro.id, { lookupKey: unique("sub"), metadata: { team: "ml" } });
  assert.match(created.id, /\S+/);
  assert.equal(created.customerId, buyer.id);
  assert.equal(created.planId, pro.id);
  assert.equal(created.currency, "usd");
  assert.equal(created.billingCadence, "RECURRING");
  assert.equal(created.billingPeriod, "MONTHLY");
  assert.equal(created.billingCycle, "anniversary");
  assert.equal(created.subscriptionStatus, "active");
  assert.equal(iso(created.startDate), iso(TODAY));
  assert.equal(iso(created.currentPeriodStart), iso(TODAY));
  assert.deepEqual(created.metadata, { team: "ml" });
  assert.deepEqual(created.lineItems.map((l) => l.priceId).sort(), prices.map((p) => p.id).sort());

  const got = await strict(() => flexprice.subscriptions.getSubscription(created.id));
  assert.equal(got.id, created.id);
  assert.equal(got.lineItems.length, 2);
  const v2 = await strict(() => flexprice.subscriptions.getSubscriptionV2(created.id));
  assert.equal(v2.id, created.id);
  assert.equal(v2.planId, pro.id);


  await strict(() => flexprice.events.ingestEventsBulk({
    events: [
      { eventId: unique("evt"), eventName, externalCustomerId: buyer.externalId, timestamp: new Date().toISOString(), properties: { tokens: "300" } },
      { eventId: unique("evt"), eventName, externalCustomerId: buyer.externalId, timestamp: new Date().toISOString(), properties: { tokens: "150" } },
    ],
  }));
  const usage = await strict(() => flexprice.subscriptions.getSubscriptionUsage({ subscriptionId: created.id }));
  // 300 + 150 = 450 tokens x 0.01 = 4.50
  assert.equal(usage.currency, "usd");
  assert.equal(usage.amount, 4.5);
  assert.equal(usage.charges.length, 1);
  assert.equal(usage.charges[0].quantity, 450);

  const entitlements = await strict(() => flexprice.subscriptions.getSubscriptionEntitlements(created.id));
  assert.equal(entitlements.subscriptionId, created.id);
  assert.deepEqual(entitlements.features.map((f) => f.feature.id), [feature.id]);
  const none = await strict(() => flexprice.subscriptions.getSubscriptionEntitlements(created.id, ["feat_other"]));
  assert.deepEqual(none.features ?? [], []);

  const grant = await strict(() => flexprice.creditGrants.createCreditGrant({
    name: "Anniversary credits", scope: "SUBSCRIPTION", subscriptionId: created.id, credits: "50", cadence: "ONETIME",
    expirationType: "NEVER", startDate: "2031-06-01T00:00:00Z",
  }));
  const grants = await strict(() => flexprice.subscriptions.getSubscriptionUpcomingGrants(created.id));
  assert.deepEqual(grants.items.map((a) => [a.creditGrantId, iso(a.scheduledFor), a.credits, a.applicationStatus]),
    [[grant.id, "2031-06-01T00:00:00.000Z", 50, "pending"]]);
  assert.equal(grants.pagination.total, 1);

  // cancelling at the period's end ends the subscription there: the 2031 grant no longer comes
  const updated = await strict(() => flexprice.subscriptions.updateSubscription(created.id, { cancelAtPeriodEnd: true }));
  assert.equal(updated.cancelAtPeriodEnd, true);
  assert.equal(iso(updated.cancelAt), iso(updated.currentPeriodEnd));
  const noGrants = await strict(() => flexprice.subscriptions.getSubscriptionUpcomingGrants(created.id));
  assert.deepEqual(noGrants.items ?? [], []);
});

test("search filters by customer, plan and status, pages with limit and offset, and reports the total", async () => {
  const { plan: basic } = await plan("Basic", "10.00");
  const buyer = await customer();
  const ids = [];
  for (let i = 0; i < 3; i++) {
    ids.push((await subscribe(buyer.id, basic.id)).id);
  }

  const first = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((s) => s.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 3 });
  const last = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id, limit: 2, offset: 2, order: "asc" }));
  assert.deepEqual(last.items.map((s) => s.id), ids.slice(2));
  assert.deepEqual(last.pagination, { limit: 2, offset: 2, total: 3 });
  const newest = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id, order: "desc" }));
  assert.deepEqual(newest.items.map((s) => s.id), [...ids].reverse());

  const byPlan = await strict(() => flexprice.subscriptions.querySubscription({ planId: basic.id, subscriptionIds: [ids[1]] }));
  assert.deepEqual(byPlan.items.map((s) => s.id), [ids[1]]);
  assert.equal(byPlan.pagination.total, 1);
  const byExternal = await strict(() => flexprice.subscriptions.querySubscription({ externalCustomerId: buyer.externalId }));
  assert.equal(byExternal.pagination.total, 3);

  await strict(() => flexprice.subscriptions.cancelSubscription(ids[0], { cancellationType: "immediate" }));
  const active = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id, subscriptionStatus: ["active"], order: "asc" }));
  assert.deepEqual(active.items.map((s) => s.id), ids.slice(1));
  const cancelled = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id, subscriptionStatus: ["cancelled"] }));
  assert.deepEqual(cancelled.items.map((s) => s.id), [ids[0]]);
  const monthly = await strict(() => flexprice.subscriptions.querySubscription({
    customerId: buyer.id, billingPeriod: ["MONTHLY", "ANNUAL"], billingCadence: ["RECURRING"],
  }));
  assert.equal(monthly.pagination.total, 3);
  const annual = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id, billingPeriod: ["ANNUAL"] }));
  assert.deepEqual(annual.items, []);
  assert.equal(annual.pagination.total, 0);
  const oneTime = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id, billingCadence: ["ONETIME"] }));
  assert.equal(oneTime.pagination.total, 0);
  // active now: started today and not cancelled; the day before: none had started
  const activeNow = await strict(() => flexprice.subscriptions.querySubscription({
    customerId: buyer.id, activeAt: new Date().toISOString(), order: "asc",
  }));
  assert.deepEqual(activeNow.items.map((s) => s.id), ids.slice(1));
  const dayBefore = await strict(() => flexprice.subscriptions.querySubscription({
    customerId: buyer.id, activeAt: new Date(Date.parse(TODAY) - 1).toISOString(),
  }));
  assert.equal(dayBefore.pagination.total, 0);
});

test("a subscription is paused and resumed, its pauses listed, then cancelled at period end and immediately", async () => {
  const { plan: basic } = await plan("Basic", "10.00");
  const buyer = await customer();
  const subscription = await subscribe(buyer.id, basic.id);

  const pause = await strict(() => flexprice.subscriptions.pauseSubscription(subscription.id, {
    pauseMode: "immediate", reason: "vacation", metadata: { by: "support" },
  }));
  assert.equal(pause.subscriptionId, subscription.id);
  assert.equal(pause.pauseMode, "immediate");
  assert.equal(pause.pauseStatus, "active");
  assert.equal(pause.reason, "vacation");
  const paused = await strict(() => flexprice.subscriptions.getSubscription(subscription.id));
  assert.equal(paused.subscriptionStatus, "paused");
  assert.equal(paused.activePauseId, pause.id);

  const resumed = await strict(() => flexprice.subscriptions.resumeSubscription(subscription.id, { resumeMode: "immediate" }));
  assert.equal(resumed.id, pause.id);
  assert.equal(resumed.pauseStatus, "completed");
  assert.equal(resumed.resumeMode, "immediate");
  assert.ok(resumed.resumedAt);

  const pauses = await strict(() => flexprice.subscriptions.listSubscriptionPauses(subscription.id));
  const listed = pauses.flatMap((p) => p.items ?? [p]);
  assert.deepEqual(listed.map((p) => p.id), [pause.id]);

  const atPeriodEnd = await strict(() => flexprice.subscriptions.cancelSubscription(subscription.id, {
    cancellationType: "end_of_period", reason: "too expensive",
  }));
  assert.equal(atPeriodEnd.subscriptionId, subscription.id);
  assert.equal(atPeriodEnd.cancellationType, "end_of_period");
  assert.equal(atPeriodEnd.reason, "too expensive");
  const stillActive = await strict(() => flexprice.subscriptions.getSubscription(subscription.id));
  assert.equal(stillActive.subscriptionStatus, "active");
  assert.equal(stillActive.cancelAtPeriodEnd, true);

  const other = await subscribe(buyer.id, basic.id);
  const now = await strict(() => flexprice.subscriptions.cancelSubscription(other.id, {
    cancellationType: "immediate", prorationBehavior: "none",
  }));
  assert.equal(now.cancellationType, "immediate");
  assert.equal(now.status, "cancelled");
  const gone = await strict(() => flexprice.subscriptions.getSubscription(other.id));
  assert.equal(gone.subscriptionStatus, "cancelled");
  assert.ok(gone.cancelledAt);
});

test("a draft subscription is activated; a plan change is previewed and executed", async () => {
  const { plan: basic } = await plan("Basic", "10.00");
  const { plan: pro } = await plan("Pro", "30.00");
  const buyer = await customer();

  const draft = await subscribe(buyer.id, basic.id, { subscriptionStatus: "draft" });
  assert.equal(draft.subscriptionStatus, "draft");
  const activated = await strict(() => flexprice.subscriptions.activateSubscription(draft.id, { startDate: TODAY }));
  assert.equal(activated.id, draft.id);
  assert.equal(activated.subscriptionStatus, "active");
  assert.equal(iso(activated.startDate), iso(TODAY));

  const change = { targetPlanId: pro.id, billingCadence: "RECURRING", billingPeriod: "MONTHLY", billingCycle: "anniversary",
    prorationBehavior: "create_prorations" };
  const preview = await strict(() => flexprice.subscriptions.previewSubscriptionChange(activated.id, change));
  assert.equal(preview.subscriptionId, activated.id);
  assert.equal(preview.changeType, "upgrade");
  assert.equal(preview.currentPlan.id, basic.id);
  assert.equal(preview.targetPlan.id, pro.id);
  const unchanged = await strict(() => flexprice.subscriptions.getSubscription(activated.id));
  assert.equal(unchanged.planId, basic.id);

  const executed = await strict(() => flexprice.subscriptions.executeSubscriptionChange(activated.id, change));
  assert.equal(executed.changeType, "upgrade");
  assert.equal(executed.oldSubscription.planId, basic.id);
  assert.equal(executed.newSubscription.planId, pro.id);
  const now = await strict(() => flexprice.subscriptions.getSubscription(executed.newSubscription.id));
  assert.equal(now.planId, pro.id);
});

test("line items are added, repriced and removed; addons are added, listed and removed", async () => {
  const { plan: basic } = await plan("Basic", "10.00");
  const buyer = await customer();
  const subscription = await subscribe(buyer.id, basic.id);

  const extra = await strict(() => flexprice.prices.createPrice({
    entityType: "PLAN", entityId: basic.id, currency: "usd", billingCadence: "RECURRING", billingPeriod: "MONTHLY",
    priceUnitType: "FIAT", type: "FIXED", billingModel: "FLAT_FEE", amount: "5.00", invoiceCadence: "ADVANCE",
    displayName: "Support",
  }));
  const added = await strict(() => flexprice.subscriptions.createSubscriptionLineItem(subscription.id, {
    priceId: extra.id, quantity: 2, displayName: "Priority support",
  }));
  assert.equal(added.subscriptionId, subscription.id);
  assert.equal(added.priceId, extra.id);
  assert.equal(added.displayName, "Priority support");
  assertAmount(added.quantity, "2", "quantity");

  const repriced = await strict(() => flexprice.subscriptions.updateSubscriptionLineItem(added.id, { amount: "7.50" }));
  assert.equal(repriced.subscriptionId, subscription.id);
  // the line ends now and a new one with the new terms takes over (its terms are our extension `amount`, which the
  // client does not read), from the same price
  assert.notEqual(repriced.id, added.id);
  assert.equal(repriced.priceId, extra.id);
  assert.equal(repriced.displayName, "Priority support");
  const lines = (await strict(() => flexprice.subscriptions.getSubscription(subscription.id))).lineItems;
  assert.ok(lines.some((l) => l.id === repriced.id), "the new line is listed");
  const removed = await strict(() => flexprice.subscriptions.deleteSubscriptionLineItem(repriced.id, {}));
  assert.equal(removed.id, repriced.id);
  assert.ok(removed.endDate);

  const addon = await strict(() => flexprice.addons.createAddon({ name: "Extra seats", lookupKey: unique("seats"), type: "multiple_instance" }));
  await strict(() => flexprice.prices.createPrice({
    entityType: "ADDON", entityId: addon.id, currency: "usd", billingCadence: "RECURRING", billingPeriod: "MONTHLY",
    priceUnitType: "FIAT", type: "FIXED", billingModel: "FLAT_FEE", amount: "4.00", invoiceCadence: "ADVANCE",
  }));
  const association = await strict(() => flexprice.subscriptions.addSubscriptionAddon({ subscriptionId: subscription.id, addonId: addon.id }));
  assert.equal(association.addonId, addon.id);
  assert.equal(association.entityId, subscription.id);
  assert.equal(association.entityType, "subscription");
  assert.equal(association.addonStatus, "active");
  const associations = await strict(() => flexprice.subscriptions.getSubscriptionAddonAssociations(subscription.id));
  assert.deepEqual(associations.map((a) => a.id), [association.id]);

  const done = await strict(() => flexprice.subscriptions.removeSubscriptionAddon({ addonAssociationId: association.id, reason: "no longer needed" }));
  assert.equal(typeof done.message, "string");
  const after = await strict(() => flexprice.subscriptions.getSubscriptionAddonAssociations(subscription.id));
  assert.deepEqual(after.filter((a) => a.addonStatus === "active"), []);
});

test("bad input is a 400, a missing subscription a 404, an impossible transition a 409; schedules answer 501", async () => {
  const { plan: basic } = await plan("Basic", "10.00");
  const buyer = await customer();

  const noCustomer = await rejects(() => flexprice.subscriptions.createSubscription({
    planId: basic.id, currency: "usd", billingCadence: "RECURRING", billingPeriod: "MONTHLY",
  }), 400);
  assert.match(noCustomer.error.message, /customer/);
  await rejects(() => flexprice.subscriptions.createSubscription({
    customerId: buyer.id, planId: basic.id, currency: "usd", billingCadence: "RECURRING", billingPeriod: "MONTHLY",
    startDate: TODAY, endDate: "2000-01-01T00:00:00Z",
  }), 400);
  const listed = await strict(() => flexprice.subscriptions.querySubscription({ customerId: buyer.id }));
  assert.equal(listed.pagination.total, 0);

  const badPeriod = await rejects(() => flexprice.subscriptions.querySubscription({ billingPeriod: ["FORTNIGHTLY"] }), 400);
  assert.match(badPeriod.error.message, /billing_period\[0\]/);
  await rejects(() => flexprice.subscriptions.getSubscription("subs_does_not_exist"), 404);
  await rejects(() => flexprice.subscriptions.cancelSubscription("subs_does_not_exist", { cancellationType: "immediate" }), 404);
  await rejects(() => flexprice.subscriptions.createSubscription({
    customerId: buyer.id, planId: "plan_does_not_exist", currency: "usd", billingCadence: "RECURRING", billingPeriod: "MONTHLY",
  }), 404);

  const subscription = await subscribe(buyer.id, basic.id);
  await rejects(() => flexprice.subscriptions.resumeSubscription(subscription.id, { resumeMode: "immediate" }), 409);
  await strict(() => flexprice.subscriptions.cancelSubscription(subscription.id, { cancellationType: "immediate" }));
  await rejects(() => flexprice.subscriptions.pauseSubscription(subscription.id, { pauseMode: "immediate" }), 409);

  const schedules = await rejects(() => flexprice.subscriptions.listSubscriptionSchedules(subscription.id), 501);
  assert.match(schedules.error.message, /not implemented/);
  await rejects(() => flexprice.subscriptions.listAllSubscriptionSchedules(), 501);
  await rejects(() => flexprice.subscriptions.getSubscriptionSchedule("sched_1"), 501);
  await rejects(() => flexprice.subscriptions.cancelSubscriptionSchedule("sched_1", {}), 501);
});
