// Entitlements: every operation of the client's `entitlements` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

async function features() {
  const calls = await strict(() => flexprice.features.createFeature({
    name: "API calls",
    type: "metered",
    lookupKey: unique("calls"),
    meter: { name: "calls", eventName: unique("api_call"), aggregation: { type: "COUNT" }, resetUsage: "BILLING_PERIOD" },
  }));
  const sso = await strict(() => flexprice.features.createFeature({ name: "SSO", type: "boolean", lookupKey: unique("sso") }));
  const region = await strict(() => flexprice.features.createFeature({ name: "Region", type: "static", lookupKey: unique("region") }));
  return { calls, sso, region };
}

test("a plan's entitlements are created one by one and in bulk, read, updated, listed with the plan and deleted", async () => {
  const { calls, sso, region } = await features();
  const plan = await strict(() => flexprice.plans.createPlan({ name: "Team", lookupKey: unique("team") }));

  const limit = await strict(() => flexprice.entitlements.createEntitlement({
    entityType: "PLAN",
    entityId: plan.id,
    featureId: calls.id,
    featureType: "metered",
    isEnabled: true,
    usageLimit: 10000,
    usageResetPeriod: "MONTHLY",
    isSoftLimit: false,
  }));
  assert.match(limit.id, /\S+/);
  assert.equal(limit.entityType, "PLAN");
  assert.equal(limit.entityId, plan.id);
  assert.equal(limit.featureId, calls.id);
  assert.equal(limit.featureType, "metered");
  assert.equal(limit.isEnabled, true);
  assert.equal(limit.usageLimit, 10000);
  assert.equal(limit.usageResetPeriod, "MONTHLY");
  assert.equal(limit.isSoftLimit, false);
  assert.equal(limit.status, "published");

  const bulk = await strict(() => flexprice.entitlements.createEntitlementsBulk({
    items: [
      { entityType: "PLAN", entityId: plan.id, featureId: sso.id, featureType: "boolean", isEnabled: true },
      { entityType: "PLAN", entityId: plan.id, featureId: region.id, featureType: "static", isEnabled: true, staticValue: "eu" },
    ],
  }));
  assert.deepEqual(bulk.items.map((e) => e.featureId), [sso.id, region.id]);
  assert.equal(bulk.items[1].staticValue, "eu");

  const read = await strict(() => flexprice.entitlements.getEntitlement(limit.id));
  assert.equal(read.id, limit.id);
  assert.equal(read.usageLimit, 10000);

  const raised = await strict(() => flexprice.entitlements.updateEntitlement(limit.id, { usageLimit: 25000, isSoftLimit: true }));
  assert.equal(raised.usageLimit, 25000);
  assert.equal(raised.isSoftLimit, true);
  assert.equal(raised.usageResetPeriod, "MONTHLY", "an update leaves what it does not name");

  const withPlan = await strict(() => flexprice.entitlements.getPlanEntitlements(plan.id));
  assert.equal(withPlan.id, plan.id);
  assert.deepEqual(withPlan.entitlements.map((e) => e.featureId).sort(), [calls.id, sso.id, region.id].sort());
  assert.equal(withPlan.entitlements.find((e) => e.featureId === calls.id).usageLimit, 25000);

  const deleted = await strict(() => flexprice.entitlements.deleteEntitlement(bulk.items[0].id));
  assert.equal(typeof deleted.message, "string");
  await rejects(() => flexprice.entitlements.getEntitlement(bulk.items[0].id), 404);
  const afterDelete = await strict(() => flexprice.entitlements.getPlanEntitlements(plan.id));
  assert.equal(afterDelete.entitlements.length, 2);
});

test("an addon's entitlements are listed for the addon", async () => {
  const { sso } = await features();
  const addon = await strict(() => flexprice.addons.createAddon({ name: "SSO pack", lookupKey: unique("sso-pack"), type: "onetime" }));
  const created = await strict(() => flexprice.entitlements.createEntitlement({
    entityType: "ADDON", entityId: addon.id, featureId: sso.id, featureType: "boolean", isEnabled: true,
  }));
  assert.equal(created.entityType, "ADDON");

  const listed = await strict(() => flexprice.entitlements.getAddonEntitlements(addon.id));
  assert.deepEqual(listed.items.map((e) => e.id), [created.id]);
  assert.equal(listed.items[0].entityId, addon.id);
});

test("search filters by entity, feature and feature type, pages with limit and offset, and reports the total", async () => {
  const { calls, sso, region } = await features();
  const planA = await strict(() => flexprice.plans.createPlan({ name: "A", lookupKey: unique("a") }));
  const planB = await strict(() => flexprice.plans.createPlan({ name: "B", lookupKey: unique("b") }));
  const ids = [];
  for (const plan of [planA, planB]) {
    ids.push((await strict(() => flexprice.entitlements.createEntitlement({ entityType: "PLAN", entityId: plan.id, featureId: calls.id, featureType: "metered", isEnabled: true, usageLimit: 100, usageResetPeriod: "MONTHLY" }))).id);
    ids.push((await strict(() => flexprice.entitlements.createEntitlement({ entityType: "PLAN", entityId: plan.id, featureId: sso.id, featureType: "boolean", isEnabled: true }))).id);
  }
  ids.push((await strict(() => flexprice.entitlements.createEntitlement({ entityType: "PLAN", entityId: planA.id, featureId: region.id, featureType: "static", isEnabled: true, staticValue: "us" }))).id);
  const planIds = [planA.id, planB.id];

  const first = await strict(() => flexprice.entitlements.queryEntitlement({ planIds, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((e) => e.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const last = await strict(() => flexprice.entitlements.queryEntitlement({ planIds, limit: 2, offset: 4, order: "asc" }));
  assert.deepEqual(last.items.map((e) => e.id), ids.slice(4));
  assert.deepEqual(last.pagination, { limit: 2, offset: 4, total: 5 });

  const ofA = await strict(() => flexprice.entitlements.queryEntitlement({ entityType: "PLAN", entityIds: [planA.id], order: "asc" }));
  assert.deepEqual(ofA.items.map((e) => e.id), [ids[0], ids[1], ids[4]]);
  const booleans = await strict(() => flexprice.entitlements.queryEntitlement({ planIds, featureType: "boolean", order: "asc" }));
  assert.deepEqual(booleans.items.map((e) => e.id), [ids[1], ids[3]]);
  const ofCalls = await strict(() => flexprice.entitlements.queryEntitlement({ planIds, featureIds: [calls.id], order: "desc" }));
  assert.deepEqual(ofCalls.items.map((e) => e.id), [ids[2], ids[0]]);
  assert.equal(ofCalls.pagination.total, 2);

  await strict(() => flexprice.entitlements.updateEntitlement(ids[3], { isEnabled: false }));
  const disabled = await strict(() => flexprice.entitlements.queryEntitlement({ planIds, isEnabled: false }));
  assert.deepEqual(disabled.items.map((e) => e.id), [ids[3]]);
  const enabled = await strict(() => flexprice.entitlements.queryEntitlement({ planIds, isEnabled: true }));
  assert.equal(enabled.pagination.total, 4);
  await strict(() => flexprice.entitlements.deleteEntitlement(ids[4]));
  const published = await strict(() => flexprice.entitlements.queryEntitlement({ planIds, status: "published", order: "asc" }));
  assert.deepEqual(published.items.map((e) => e.id), ids.slice(0, 4));
});

test("bad input is a 400 with FlexPrice's error body, a missing entitlement a 404, a second one for a feature a 409", async () => {
  const { calls, sso } = await features();
  const plan = await strict(() => flexprice.plans.createPlan({ name: "Errors", lookupKey: unique("errors") }));
  await strict(() => flexprice.entitlements.createEntitlement({ entityType: "PLAN", entityId: plan.id, featureId: sso.id, featureType: "boolean", isEnabled: true }));

  await rejects(() => flexprice.entitlements.createEntitlement({ entityType: "PLAN", entityId: plan.id, featureId: calls.id, featureType: "boolean", isEnabled: true }), 400);
  await rejects(() => flexprice.entitlements.createEntitlementsBulk({ items: [] }), 400);
  await rejects(() => flexprice.entitlements.createEntitlement({ entityType: "PLAN", entityId: plan.id, featureId: sso.id, featureType: "boolean", isEnabled: true }), 409);
  await rejects(() => flexprice.entitlements.createEntitlement({ entityType: "PLAN", entityId: "plan_does_not_exist", featureId: sso.id, featureType: "boolean", isEnabled: true }), 404);
  await rejects(() => flexprice.entitlements.getEntitlement("ent_does_not_exist"), 404);
  await rejects(() => flexprice.entitlements.updateEntitlement("ent_does_not_exist", { isEnabled: false }), 404);
  await rejects(() => flexprice.entitlements.deleteEntitlement("ent_does_not_exist"), 404);
  await rejects(() => flexprice.entitlements.getPlanEntitlements("plan_does_not_exist"), 404);
  await rejects(() => flexprice.entitlements.getAddonEntitlements("addon_does_not_exist"), 404);
});
