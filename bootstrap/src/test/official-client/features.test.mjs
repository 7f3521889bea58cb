// Features: every operation of the client's `features` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

test("a metered feature is created with its meter, found by search, updated and deleted", async () => {
  const lookupKey = unique("tokens");
  const eventName = unique("llm_call");
  const created = await strict(() => flexprice.features.createFeature({
    name: "LLM tokens",
    type: "metered",
    lookupKey,
    description: "tokens used by every model",
    unitSingular: "token",
    unitPlural: "tokens",
    metadata: { team: "ai" },
    meter: {
      name: "Tokens meter",
      eventName,
      aggregation: { type: "SUM", field: "tokens" },
      filters: [{ key: "model", values: ["gpt-4o", "o1-mini"] }],
      resetUsage: "BILLING_PERIOD",
    },
  }));
  assert.match(created.id, /\S+/);
  assert.equal(created.name, "LLM tokens");
  assert.equal(created.type, "metered");
  assert.equal(created.lookupKey, lookupKey);
  assert.equal(created.unitSingular, "token");
  assert.equal(created.unitPlural, "tokens");
  assert.deepEqual(created.metadata, { team: "ai" });
  assert.equal(created.status, "published");
  assert.match(created.meterId, /\S+/);
  assert.equal(created.meter.id, created.meterId);
  assert.equal(created.meter.eventName, eventName);
  assert.equal(created.meter.aggregation.type, "SUM");
  assert.equal(created.meter.aggregation.field, "tokens");
  assert.deepEqual(created.meter.filters, [{ key: "model", values: ["gpt-4o", "o1-mini"] }]);
  assert.equal(created.meter.resetUsage, "BILLING_PERIOD");
  assert.ok(created.createdAt);

  const found = await strict(() => flexprice.features.queryFeature({ featureIds: [created.id] }));
  assert.deepEqual(found.items.map((f) => f.id), [created.id]);
  assert.equal(found.items[0].meter?.eventName ?? eventName, eventName);

  const updated = await strict(() => flexprice.features.updateFeature(created.id, {
    name: "LLM tokens (all models)",
    description: "every model",
    unitSingular: "tok",
    unitPlural: "toks",
    metadata: { team: "platform" },
  }));
  assert.equal(updated.id, created.id);
  assert.equal(updated.name, "LLM tokens (all models)");
  assert.equal(updated.description, "every model");
  assert.equal(updated.unitPlural, "toks");
  assert.deepEqual(updated.metadata, { team: "platform" });
  assert.equal(updated.lookupKey, lookupKey, "an update leaves what it does not name");

  const deleted = await strict(() => flexprice.features.deleteFeature(created.id));
  assert.equal(typeof deleted.message, "string");
  const afterDelete = await strict(() => flexprice.features.queryFeature({ featureIds: [created.id], status: "published" }));
  assert.deepEqual(afterDelete.items, []);
  assert.equal(afterDelete.pagination.total, 0);
});

test("boolean and static features carry no meter", async () => {
  const flag = await strict(() => flexprice.features.createFeature({ name: "SSO", type: "boolean", lookupKey: unique("sso") }));
  assert.equal(flag.type, "boolean");
  assert.equal(flag.meterId ?? undefined, undefined);
  assert.equal(flag.meter ?? undefined, undefined);
  const seats = await strict(() => flexprice.features.createFeature({ name: "Seats", type: "static", lookupKey: unique("seats") }));
  assert.equal(seats.type, "static");
});

test("search filters by ids, lookup keys, meters and name, pages with limit and offset, and reports the total", async () => {
  const prefix = unique("feat");
  const created = [];
  for (const i of [1, 2, 3, 4, 5]) {
    created.push(await strict(() => flexprice.features.createFeature({
      name: `${prefix} number ${i}`,
      type: "metered",
      lookupKey: `${prefix}-${i}`,
      meter: { name: `meter ${i}`, eventName: `${prefix}-event-${i}`, aggregation: { type: "COUNT" }, resetUsage: "NEVER" },
    })));
  }
  const ids = created.map((f) => f.id);

  const first = await strict(() => flexprice.features.queryFeature({ featureIds: ids, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((f) => f.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const last = await strict(() => flexprice.features.queryFeature({ featureIds: ids, limit: 2, offset: 4, order: "asc" }));
  assert.deepEqual(last.items.map((f) => f.id), ids.slice(4));
  assert.deepEqual(last.pagination, { limit: 2, offset: 4, total: 5 });
  const newestFirst = await strict(() => flexprice.features.queryFeature({ featureIds: ids, order: "desc" }));
  assert.deepEqual(newestFirst.items.map((f) => f.id), [...ids].reverse());

  const byLookupKey = await strict(() => flexprice.features.queryFeature({ lookupKey: `${prefix}-3` }));
  assert.deepEqual(byLookupKey.items.map((f) => f.id), [ids[2]]);
  const byLookupKeys = await strict(() => flexprice.features.queryFeature({ lookupKeys: [`${prefix}-1`, `${prefix}-5`], order: "asc" }));
  assert.deepEqual(byLookupKeys.items.map((f) => f.id), [ids[0], ids[4]]);
  const byMeter = await strict(() => flexprice.features.queryFeature({ meterIds: [created[1].meterId] }));
  assert.deepEqual(byMeter.items.map((f) => f.id), [ids[1]]);
  const byName = await strict(() => flexprice.features.queryFeature({ nameContains: `${prefix} number 4` }));
  assert.deepEqual(byName.items.map((f) => f.id), [ids[3]]);
  assert.equal(byName.pagination.total, 1);
});

test("bad input is a 400 with FlexPrice's error body, a missing feature a 404, a taken lookup key a 409", async () => {
  const lookupKey = unique("taken");
  await strict(() => flexprice.features.createFeature({ name: "First", type: "boolean", lookupKey }));

  await rejects(() => flexprice.features.createFeature({ name: "", type: "boolean" }), 400);
  const noMeter = await rejects(() => flexprice.features.createFeature({ name: "Metered without meter", type: "metered" }), 400);
  assert.match(noMeter.error.message, /meter/);
  await rejects(() => flexprice.features.createFeature({ name: "Second", type: "boolean", lookupKey }), 409);
  await rejects(() => flexprice.features.updateFeature("feat_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.features.deleteFeature("feat_does_not_exist"), 404);
  await rejects(() => flexprice.features.queryFeature({ limit: -1 }), 400);
});
