// Addons: every operation of the client's `addons` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";
import { monthlyFee } from "./support/billing.mjs";

function addonFee(addonId, amount) {
  return monthlyFee("ADDON", addonId, amount);
}

test("an addon is created, priced, read by id and lookup key with its prices, updated and deleted", async () => {
  const lookupKey = unique("support");
  const created = await strict(() => flexprice.addons.createAddon({
    name: "Priority support",
    lookupKey,
    type: "onetime",
    description: "answers within the hour",
    metadata: { sla: "1h" },
  }));
  assert.match(created.id, /\S+/);
  assert.equal(created.name, "Priority support");
  assert.equal(created.lookupKey, lookupKey);
  assert.equal(created.type, "onetime");
  assert.equal(created.description, "answers within the hour");
  assert.deepEqual(created.metadata, { sla: "1h" });
  assert.equal(created.status, "published");
  assert.ok(created.createdAt);

  const fee = await strict(() => flexprice.prices.createPrice(addonFee(created.id, "99.00")));
  assert.equal(fee.entityType, "ADDON");
  const byId = await strict(() => flexprice.addons.getAddon(created.id));
  assert.equal(byId.id, created.id);
  assert.deepEqual(byId.prices.map((p) => p.id), [fee.id]);
  assertAmount(byId.prices[0].amount, "99.00");
  const byLookupKey = await strict(() => flexprice.addons.getAddonByLookupKey(lookupKey));
  assert.equal(byLookupKey.id, created.id);
  assert.equal(byLookupKey.type, "onetime");

  const updated = await strict(() => flexprice.addons.updateAddon(created.id, { name: "Premium support", metadata: { sla: "30m" } }));
  assert.equal(updated.name, "Premium support");
  assert.deepEqual(updated.metadata, { sla: "30m" });
  assert.equal(updated.description, "answers within the hour", "an update leaves what it does not name");

  const deleted = await strict(() => flexprice.addons.deleteAddon(created.id));
  assert.equal(typeof deleted.message, "string");
  await rejects(() => flexprice.addons.getAddon(created.id), 404);
  await rejects(() => flexprice.addons.getAddonByLookupKey(lookupKey), 404);
});

test("search filters by ids, lookup keys, type and status, pages with limit and offset, and reports the total", async () => {
  const prefix = unique("addon");
  const created = [];
  for (const [i, type] of [[1, "onetime"], [2, "multiple_instance"], [3, "onetime"], [4, "multiple_instance"], [5, "onetime"]]) {
    created.push(await strict(() => flexprice.addons.createAddon({ name: `${prefix} ${i}`, lookupKey: `${prefix}-${i}`, type })));
  }
  const ids = created.map((a) => a.id);

  const first = await strict(() => flexprice.addons.queryAddon({ addonIds: ids, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((a) => a.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const last = await strict(() => flexprice.addons.queryAddon({ addonIds: ids, limit: 2, offset: 4, order: "asc" }));
  assert.deepEqual(last.items.map((a) => a.id), ids.slice(4));
  assert.deepEqual(last.pagination, { limit: 2, offset: 4, total: 5 });
  const newestFirst = await strict(() => flexprice.addons.queryAddon({ addonIds: ids, order: "desc" }));
  assert.deepEqual(newestFirst.items.map((a) => a.id), [...ids].reverse());

  const multiple = await strict(() => flexprice.addons.queryAddon({ addonIds: ids, addonType: "multiple_instance", order: "asc" }));
  assert.deepEqual(multiple.items.map((a) => a.id), [ids[1], ids[3]]);
  assert.equal(multiple.pagination.total, 2);
  const byLookupKeys = await strict(() => flexprice.addons.queryAddon({ lookupKeys: [`${prefix}-3`, `${prefix}-5`], order: "asc" }));
  assert.deepEqual(byLookupKeys.items.map((a) => a.id), [ids[2], ids[4]]);

  await strict(() => flexprice.addons.deleteAddon(ids[0]));
  const published = await strict(() => flexprice.addons.queryAddon({ addonIds: ids, status: "published" }));
  assert.equal(published.pagination.total, 4);
});

test("bad input is a 400 with FlexPrice's error body, a missing addon a 404, a taken lookup key a 409", async () => {
  const lookupKey = unique("taken");
  await strict(() => flexprice.addons.createAddon({ name: "Taken", lookupKey, type: "onetime" }));

  const noName = await rejects(() => flexprice.addons.createAddon({ name: "", lookupKey: unique("x"), type: "onetime" }), 400);
  assert.match(noName.error.message, /name/);
  await rejects(() => flexprice.addons.queryAddon({ limit: 0 }), 400);
  await rejects(() => flexprice.addons.createAddon({ name: "Again", lookupKey, type: "onetime" }), 409);
  await rejects(() => flexprice.addons.getAddon("addon_does_not_exist"), 404);
  await rejects(() => flexprice.addons.getAddonByLookupKey(unique("nothing")), 404);
  await rejects(() => flexprice.addons.updateAddon("addon_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.addons.deleteAddon("addon_does_not_exist"), 404);
});
