// Plans: every operation of the client's `plans` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";
import { monthlyFee } from "./support/billing.mjs";

/** A monthly 20.00 platform fee, paid in advance, on the plan. */
function platformFee(planId, amount = "20.00") {
  return monthlyFee("PLAN", planId, amount, { displayName: "Platform fee" });
}

test("a plan is created, priced, read with its prices, updated, cloned and deleted", async () => {
  const lookupKey = unique("pro");
  const created = await strict(() => flexprice.plans.createPlan({
    name: "Pro",
    lookupKey,
    description: "for growing teams",
    displayOrder: 2,
    metadata: { tier: "pro" },
  }));
  assert.match(created.id, /\S+/);
  assert.equal(created.name, "Pro");
  assert.equal(created.lookupKey, lookupKey);
  assert.equal(created.description, "for growing teams");
  assert.equal(created.displayOrder, undefined, "display_order is accepted and ignored: plans have no order here");
  assert.deepEqual(created.metadata, { tier: "pro" });
  assert.equal(created.status, "published");
  assert.ok(created.createdAt);

  const fee = await strict(() => flexprice.prices.createPrice(platformFee(created.id)));
  const read = await strict(() => flexprice.plans.getPlan(created.id));
  assert.equal(read.id, created.id);
  assert.deepEqual(read.prices.map((p) => p.id), [fee.id]);
  assertAmount(read.prices[0].amount, "20.00");

  const updated = await strict(() => flexprice.plans.updatePlan(created.id, { name: "Pro 2026", displayOrder: 3 }));
  assert.equal(updated.name, "Pro 2026");
  assert.equal(updated.description, "for growing teams", "an update leaves what it does not name");

  const cloneKey = unique("pro-copy");
  const clone = await strict(() => flexprice.plans.postPlansIdClone(created.id, {
    name: "Pro (copy)",
    lookupKey: cloneKey,
    metadata: { copied: "yes" },
  }));
  assert.notEqual(clone.id, created.id);
  assert.equal(clone.name, "Pro (copy)");
  assert.equal(clone.lookupKey, cloneKey);
  const cloneRead = await strict(() => flexprice.plans.getPlan(clone.id));
  assert.equal(cloneRead.prices.length, 1, "the clone has the plan's current price");
  assert.notEqual(cloneRead.prices[0].id, fee.id);
  assertAmount(cloneRead.prices[0].amount, "20.00");
  assert.equal(cloneRead.prices[0].entityId, clone.id);

  const deleted = await strict(() => flexprice.plans.deletePlan(created.id));
  assert.equal(typeof deleted.message, "string");
  await rejects(() => flexprice.plans.getPlan(created.id), 404);
  await rejects(() => flexprice.prices.getPrice(fee.id), 404);
  assert.equal((await strict(() => flexprice.plans.getPlan(clone.id))).prices.length, 1, "the clone lives on");
});

test("search filters by plan ids, lookup key and status, pages with limit and offset, and reports the total", async () => {
  const prefix = unique("plan");
  const ids = [];
  for (const i of [1, 2, 3, 4, 5]) {
    ids.push((await strict(() => flexprice.plans.createPlan({ name: `${prefix} ${i}`, lookupKey: `${prefix}-${i}` }))).id);
  }

  const first = await strict(() => flexprice.plans.queryPlan({ planIds: ids, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((p) => p.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const second = await strict(() => flexprice.plans.queryPlan({ planIds: ids, limit: 2, offset: 2, order: "asc" }));
  assert.deepEqual(second.items.map((p) => p.id), ids.slice(2, 4));
  assert.deepEqual(second.pagination, { limit: 2, offset: 2, total: 5 });
  const newestFirst = await strict(() => flexprice.plans.queryPlan({ planIds: ids, order: "desc" }));
  assert.deepEqual(newestFirst.items.map((p) => p.id), [...ids].reverse());

  const byLookupKey = await strict(() => flexprice.plans.queryPlan({ lookupKey: `${prefix}-4` }));
  assert.deepEqual(byLookupKey.items.map((p) => p.id), [ids[3]]);
  assert.equal(byLookupKey.pagination.total, 1);

  await strict(() => flexprice.plans.deletePlan(ids[0]));
  const published = await strict(() => flexprice.plans.queryPlan({ planIds: ids, status: "published", order: "asc" }));
  assert.deepEqual(published.items.map((p) => p.id), ids.slice(1));
  assert.equal(published.pagination.total, 4);
});

test("syncing a plan's prices adds its new prices to its subscriptions and ends the lines of prices that ended", async () => {
  const plan = await strict(() => flexprice.plans.createPlan({ name: "Sync", lookupKey: unique("sync") }));
  const fee = await strict(() => flexprice.prices.createPrice(platformFee(plan.id)));
  const customer = await strict(() => flexprice.customers.createCustomer({ externalId: unique("synced") }));
  const subscription = await strict(() => flexprice.subscriptions.createSubscription({
    customerId: customer.id,
    planId: plan.id,
    currency: "usd",
    billingCadence: "RECURRING",
    billingPeriod: "MONTHLY",
  }));
  const before = await strict(() => flexprice.subscriptions.getSubscription(subscription.id));
  assert.deepEqual(before.lineItems.map((l) => l.priceId), [fee.id]);

  // after the subscription: a support fee joins the plan, and the platform fee goes up to 25.00 tomorrow
  const support = await strict(() => flexprice.prices.createPrice({ ...platformFee(plan.id, "10.00"), displayName: "Support" }));
  const setup = await strict(() => flexprice.prices.createPrice({ ...platformFee(plan.id, "99.00"), billingCadence: "ONETIME", displayName: "Setup" }));
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  const raised = await strict(() => flexprice.prices.updatePrice(fee.id, { amount: "25.00", effectiveFrom: tomorrow }));

  const synced = await strict(() => flexprice.plans.syncPlanPrices(plan.id));
  assert.match(synced.message, /1 subscription\(s\): 2 line item\(s\) added, 1 ended/);

  const after = await strict(() => flexprice.subscriptions.getSubscription(subscription.id));
  const line = (priceId) => after.lineItems.find((l) => l.priceId === priceId);
  assert.equal(after.lineItems.length, 3, "the old fee, its new version and the support fee; not the one-time setup fee");
  assert.equal(line(setup.id), undefined);
  assert.equal(new Date(line(fee.id).endDate).getTime(), new Date(tomorrow).getTime(), "the old fee ends where the new one starts");
  assert.equal(new Date(line(raised.id).startDate).getTime(), new Date(tomorrow).getTime());
  assert.equal(line(raised.id).entityType, "plan");
  assert.equal(line(raised.id).entityId, plan.id);
  assertAmount(line(raised.id).price?.amount ?? raised.amount, "25.00");
  assert.ok(new Date(line(support.id).startDate) >= new Date(before.startDate), "the support fee runs from the sync on");
  assert.equal(line(support.id).endDate ?? undefined, undefined);

  const again = await strict(() => flexprice.plans.syncPlanPrices(plan.id));
  assert.match(again.message, /0 line item\(s\) added, 0 ended/, "a second sync changes nothing");
  assert.equal((await strict(() => flexprice.subscriptions.getSubscription(subscription.id))).lineItems.length, 3);
  await rejects(() => flexprice.plans.syncPlanPrices("plan_does_not_exist"), 404);
});

test("bad input is a 400 with FlexPrice's error body, a missing plan a 404, a taken lookup key a 409", async () => {
  const lookupKey = unique("taken");
  const plan = await strict(() => flexprice.plans.createPlan({ name: "Taken", lookupKey }));

  const invalid = await rejects(() => flexprice.plans.createPlan({ name: "" }), 400);
  assert.match(invalid.error.message, /name/);
  await rejects(() => flexprice.plans.queryPlan({ status: "sleeping" }), 400);
  await rejects(() => flexprice.plans.createPlan({ name: "Again", lookupKey }), 409);
  await rejects(() => flexprice.plans.postPlansIdClone(plan.id, { name: "Clone", lookupKey }), 409);
  await rejects(() => flexprice.plans.getPlan("plan_does_not_exist"), 404);
  await rejects(() => flexprice.plans.updatePlan("plan_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.plans.deletePlan("plan_does_not_exist"), 404);
  await rejects(() => flexprice.plans.postPlansIdClone("plan_does_not_exist", { name: "x", lookupKey: unique("x") }), 404);
});
