// Costs: every operation of the client's `costs` group (costsheets and cost analytics).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

test("a costsheet is created, read with its prices, becomes the active one, is updated, searched and deleted", async () => {
  const lookupKey = unique("infra");
  const infra = unique("Infrastructure");
  const created = await strict(() => flexprice.costs.createCostsheet({
    name: infra,
    lookupKey,
    description: "what serving a call costs us",
    metadata: { owner: "platform" },
  }));
  const sheet = created.costsheet;
  assert.match(sheet.id, /\S+/);
  assert.equal(sheet.name, infra);
  assert.equal(sheet.lookupKey, lookupKey);
  assert.equal(sheet.description, "what serving a call costs us");
  assert.deepEqual(sheet.metadata, { owner: "platform" });
  assert.equal(sheet.status, "published");

  const feature = await strict(() => flexprice.features.createFeature({
    name: "Calls", type: "metered", lookupKey: unique("calls"),
    meter: { name: "calls", eventName: unique("call"), aggregation: { type: "COUNT" }, resetUsage: "BILLING_PERIOD" },
  }));
  const cost = await strict(() => flexprice.prices.createPrice({
    entityType: "COSTSHEET", entityId: sheet.id, type: "USAGE", meterId: feature.meterId, priceUnitType: "FIAT",
    billingModel: "FLAT_FEE", amount: "0.002", currency: "usd", billingCadence: "RECURRING",
    billingPeriod: "MONTHLY", invoiceCadence: "ARREAR",
  }));

  const read = await strict(() => flexprice.costs.getCostsheet(sheet.id, "prices"));
  assert.equal(read.costsheet.id, sheet.id);
  assert.deepEqual(read.costsheet.prices.map((p) => p.id), [cost.id]);
  assertAmount(read.costsheet.prices[0].amount, "0.002");

  const active = await strict(() => flexprice.costs.getActiveCostsheet());
  assert.equal(active.id, sheet.id, "the costsheet created last is the active one");

  const updated = await strict(() => flexprice.costs.updateCostsheet(sheet.id, { name: `${infra} 2026`, metadata: { owner: "sre" } }));
  assert.equal(updated.costsheet.name, `${infra} 2026`);
  assert.deepEqual(updated.costsheet.metadata, { owner: "sre" });
  assert.equal(updated.costsheet.lookupKey, lookupKey, "an update leaves what it does not name");

  const found = await strict(() => flexprice.costs.queryCostsheet({ costsheetIDs: [sheet.id] }));
  assert.deepEqual(found.items.map((c) => c.id), [sheet.id]);
  const byLookupKey = await strict(() => flexprice.costs.queryCostsheet({ lookupKey }));
  assert.deepEqual(byLookupKey.items.map((c) => c.id), [sheet.id]);

  const deleted = await strict(() => flexprice.costs.deleteCostsheet(sheet.id));
  assert.equal(deleted.id, sheet.id);
  assert.equal(typeof deleted.message, "string");
  await rejects(() => flexprice.costs.getCostsheet(sheet.id), 404);
});

test("search pages with limit and offset in the query filter, filters by status, and reports the total", async () => {
  const prefix = unique("sheet");
  const ids = [];
  for (const i of [1, 2, 3, 4, 5]) {
    ids.push((await strict(() => flexprice.costs.createCostsheet({ name: `${prefix} ${i}`, lookupKey: `${prefix}-${i}` }))).costsheet.id);
  }
  const first = await strict(() => flexprice.costs.queryCostsheet({ costsheetIDs: ids, queryFilter: { limit: 2, offset: 0, order: "asc" } }));
  assert.deepEqual(first.items.map((c) => c.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const last = await strict(() => flexprice.costs.queryCostsheet({ costsheetIDs: ids, queryFilter: { limit: 2, offset: 4, order: "asc" } }));
  assert.deepEqual(last.items.map((c) => c.id), ids.slice(4));
  assert.deepEqual(last.pagination, { limit: 2, offset: 4, total: 5 });
  const newestFirst = await strict(() => flexprice.costs.queryCostsheet({ costsheetIDs: ids, queryFilter: { order: "desc" } }));
  assert.deepEqual(newestFirst.items.map((c) => c.id), [...ids].reverse());
  const byName = await strict(() => flexprice.costs.queryCostsheet({ name: `${prefix} 3` }));
  assert.deepEqual(byName.items.map((c) => c.id), [ids[2]]);

  await strict(() => flexprice.costs.deleteCostsheet(ids[1]));
  const published = await strict(() => flexprice.costs.queryCostsheet({ costsheetIDs: ids, status: "published", queryFilter: { order: "asc" } }));
  assert.deepEqual(published.items.map((c) => c.id), [ids[0], ids[2], ids[3], ids[4]]);
  assert.equal(published.pagination.total, 4);
});

test("cost analytics price a customer's usage with the active costsheet", async () => {
  const eventName = unique("inference");
  const feature = await strict(() => flexprice.features.createFeature({
    name: "Inferences", type: "metered", lookupKey: unique("inferences"),
    meter: { name: "inferences", eventName, aggregation: { type: "COUNT" }, resetUsage: "BILLING_PERIOD" },
  }));
  const sheet = (await strict(() => flexprice.costs.createCostsheet({ name: unique("GPU"), lookupKey: unique("gpu") }))).costsheet;
  const price = await strict(() => flexprice.prices.createPrice({
    entityType: "COSTSHEET", entityId: sheet.id, type: "USAGE", meterId: feature.meterId, priceUnitType: "FIAT",
    billingModel: "FLAT_FEE", amount: "0.25", currency: "usd", billingCadence: "RECURRING",
    billingPeriod: "MONTHLY", invoiceCadence: "ARREAR",
  }));
  const externalCustomerId = unique("gpu-user");
  await strict(() => flexprice.customers.createCustomer({ externalId: externalCustomerId }));
  const startTime = new Date(Date.now() - 3_600_000).toISOString();
  // the cost price is in effect from its creation on: usage before it costs nothing, so one event before it
  const before = new Date(new Date(price.startDate).getTime() - 60_000).toISOString();
  await flexprice.events.ingestEvent({ eventId: unique("early"), eventName, externalCustomerId, timestamp: before });
  for (const i of [1, 2, 3, 4]) {
    await flexprice.events.ingestEvent({
      eventId: unique(`inf-${i}`), eventName, externalCustomerId,
      timestamp: new Date(new Date(price.startDate).getTime() + 1000 * i).toISOString(), properties: { model: "llama" },
    });
  }
  const endTime = new Date(new Date(price.startDate).getTime() + 60_000).toISOString();

  let analytics;
  for (let attempt = 0; attempt < 50; attempt++) {
    analytics = await strict(() => flexprice.costs.getDetailedCostAnalytics({ externalCustomerId, startTime, endTime }));
    if (analytics.costAnalytics?.length && Number(analytics.totalCost) > 0) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // 4 inferences while the price is in effect x 0.25 = 1.00; no subscription, so no revenue: margin 0 - 1.00 = -1.00
  assertAmount(analytics.totalCost, "1.00", "total cost");
  assertAmount(analytics.totalRevenue, "0", "total revenue");
  assertAmount(analytics.margin, "-1.00", "margin");
  assert.equal(analytics.currency, "usd");
  assert.equal(analytics.costAnalytics.length, 1);
  const item = analytics.costAnalytics[0];
  assert.equal(item.meterId, feature.meterId);
  assert.equal(item.externalCustomerId, externalCustomerId);
  assert.equal(item.costsheetId, sheet.id);
  assertAmount(item.totalQuantity, "5", "quantity: every event in the range, the early one included");
  assertAmount(item.totalCost, "1.00", "item cost");
  // FlexPrice's v2 of the same analytics answers the same shape and the same amounts
  const v2 = await strict(() => flexprice.costs.getDetailedCostAnalyticsV2({ externalCustomerId, startTime, endTime }));
  assertAmount(v2.totalCost, "1.00", "v2 total cost");
  assertAmount(v2.margin, "-1.00", "v2 margin");
  assert.deepEqual(v2.costAnalytics.map((i) => [i.meterId, i.totalQuantity]), [[feature.meterId, item.totalQuantity]]);
  await strict(() => flexprice.costs.deleteCostsheet(sheet.id));
});

test("bad input is a 400 with FlexPrice's error body, a missing costsheet a 404, a taken lookup key or name a 409", async () => {
  const lookupKey = unique("taken");
  const name = unique("Taken");
  const sheet = (await strict(() => flexprice.costs.createCostsheet({ name, lookupKey }))).costsheet;

  const noName = await rejects(() => flexprice.costs.createCostsheet({ name: "" }), 400);
  assert.match(noName.error.message, /name/);
  await rejects(() => flexprice.costs.queryCostsheet({ queryFilter: { limit: -1 } }), 400);
  await rejects(() => flexprice.costs.getDetailedCostAnalytics({ startTime: "2026-02-01T00:00:00Z", endTime: "2026-01-01T00:00:00Z" }), 400);
  await rejects(() => flexprice.costs.getDetailedCostAnalyticsV2({ startTime: "2026-02-01T00:00:00Z", endTime: "2026-01-01T00:00:00Z" }), 400);
  await rejects(() => flexprice.costs.createCostsheet({ name: unique("Again"), lookupKey }), 409);
  const nameTaken = await rejects(() => flexprice.costs.createCostsheet({ name }), 409);
  assert.match(nameTaken.error.message, /already exists/);
  await rejects(() => flexprice.costs.getCostsheet("cost_does_not_exist"), 404);
  await rejects(() => flexprice.costs.updateCostsheet("cost_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.costs.deleteCostsheet("cost_does_not_exist"), 404);
  await strict(() => flexprice.costs.deleteCostsheet(sheet.id));
});
