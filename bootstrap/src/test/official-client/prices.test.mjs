// Prices: every operation of the client's `prices` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

async function aPlanWithAMeter() {
  const plan = await strict(() => flexprice.plans.createPlan({ name: "API", lookupKey: unique("api") }));
  const feature = await strict(() => flexprice.features.createFeature({
    name: "API calls",
    type: "metered",
    lookupKey: unique("calls"),
    meter: { name: "calls", eventName: unique("api_call"), aggregation: { type: "COUNT" }, resetUsage: "BILLING_PERIOD" },
  }));
  return { plan, meterId: feature.meterId };
}

function onPlan(planId, fields) {
  return {
    entityType: "PLAN",
    entityId: planId,
    priceUnitType: "FIAT",
    currency: "usd",
    billingCadence: "RECURRING",
    billingPeriod: "MONTHLY",
    ...fields,
  };
}

test("flat, package and tiered prices are created one by one and in bulk, read by id and lookup key", async () => {
  const { plan, meterId } = await aPlanWithAMeter();
  const lookupKey = unique("fee");
  const fee = await strict(() => flexprice.prices.createPrice(onPlan(plan.id, {
    type: "FIXED",
    billingModel: "FLAT_FEE",
    amount: "49.99",
    invoiceCadence: "ADVANCE",
    lookupKey,
    displayName: "Platform fee",
    description: "every month",
    metadata: { kind: "base" },
  })));
  assert.match(fee.id, /\S+/);
  assert.equal(fee.entityType, "PLAN");
  assert.equal(fee.entityId, plan.id);
  assert.equal(fee.type, "FIXED");
  assert.equal(fee.billingModel, "FLAT_FEE");
  assertAmount(fee.amount, "49.99");
  assert.equal(fee.currency, "usd");
  assert.equal(fee.billingCadence, "RECURRING");
  assert.equal(fee.billingPeriod, "MONTHLY");
  assert.equal(fee.billingPeriodCount, 1);
  assert.equal(fee.invoiceCadence, "ADVANCE");
  assert.equal(fee.lookupKey, lookupKey);
  assert.equal(fee.displayName, "Platform fee");
  assert.deepEqual(fee.metadata, { kind: "base" });
  assert.equal(fee.status, "published");

  const bulk = await strict(() => flexprice.prices.createPricesBulk({
    items: [
      onPlan(plan.id, {
        type: "USAGE",
        meterId,
        billingModel: "PACKAGE",
        amount: "5.00",
        transformQuantity: { divideBy: 1000, round: "up" },
        invoiceCadence: "ARREAR",
        displayName: "Calls, per 1000",
      }),
      onPlan(plan.id, {
        type: "USAGE",
        meterId,
        billingModel: "TIERED",
        tierMode: "SLAB",
        tiers: [
          { upTo: 100, unitAmount: "0.10" },
          { unitAmount: "0.05", flatAmount: "1.00" },
        ],
        invoiceCadence: "ARREAR",
        displayName: "Calls, tiered",
      }),
    ],
  }));
  assert.equal(bulk.items.length, 2);
  const [pack, tiered] = bulk.items;
  assert.equal(pack.billingModel, "PACKAGE");
  assert.equal(pack.meterId, meterId);
  assert.equal(pack.transformQuantity.divideBy, 1000);
  assert.equal(pack.transformQuantity.round, "up");
  assert.equal(tiered.billingModel, "TIERED");
  assert.equal(tiered.tierMode, "SLAB");
  assert.equal(tiered.tiers.length, 2);
  assert.equal(tiered.tiers[0].upTo, 100);
  assertAmount(tiered.tiers[0].unitAmount, "0.10");
  assertAmount(tiered.tiers[1].unitAmount, "0.05");
  assertAmount(tiered.tiers[1].flatAmount, "1.00");

  const byId = await strict(() => flexprice.prices.getPrice(tiered.id));
  assert.equal(byId.id, tiered.id);
  assert.equal(byId.tierMode, "SLAB");
  const byLookupKey = await strict(() => flexprice.prices.getPriceByLookupKey(lookupKey));
  assert.equal(byLookupKey.id, fee.id);

  const plansPrices = await strict(() => flexprice.prices.queryPrice({ planIds: [plan.id], order: "asc" }));
  assert.deepEqual(plansPrices.items.map((p) => p.id), [fee.id, pack.id, tiered.id]);
  assert.equal(plansPrices.pagination.total, 3);
});

test("changing a price's amount ends it and starts a new version that takes over its lookup key", async () => {
  const { plan } = await aPlanWithAMeter();
  const lookupKey = unique("seat");
  const seat = await strict(() => flexprice.prices.createPrice(onPlan(plan.id, {
    type: "FIXED",
    billingModel: "FLAT_FEE",
    amount: "10.00",
    invoiceCadence: "ADVANCE",
    lookupKey,
    displayName: "Seat",
  })));

  const renamed = await strict(() => flexprice.prices.updatePrice(seat.id, { displayName: "Seat (monthly)", metadata: { v: "1" } }));
  assert.equal(renamed.id, seat.id, "a new name is no new version");
  assert.equal(renamed.displayName, "Seat (monthly)");
  assert.deepEqual(renamed.metadata, { v: "1" });

  const effectiveFrom = new Date(Date.now() + 60_000).toISOString();
  const repriced = await strict(() => flexprice.prices.updatePrice(seat.id, { amount: "12.50", effectiveFrom }));
  assert.notEqual(repriced.id, seat.id);
  assert.equal(repriced.parentPriceId, seat.id);
  assertAmount(repriced.amount, "12.50");
  assert.equal(new Date(repriced.startDate).getTime(), new Date(effectiveFrom).getTime());
  const ended = await strict(() => flexprice.prices.getPrice(seat.id));
  assert.equal(new Date(ended.endDate).getTime(), new Date(effectiveFrom).getTime());
  assert.equal((await strict(() => flexprice.prices.getPriceByLookupKey(lookupKey))).id, repriced.id);

  const versions = await strict(() => flexprice.prices.queryPrice({ parentPriceId: seat.id }));
  assert.deepEqual(versions.items.map((p) => p.id), [repriced.id]);
});

test("search filters by price ids, entity, meter and status, pages with limit and offset, and reports the total", async () => {
  const { plan, meterId } = await aPlanWithAMeter();
  const ids = [];
  for (const amount of ["1.00", "2.00", "3.00", "4.00"]) {
    ids.push((await strict(() => flexprice.prices.createPrice(onPlan(plan.id, {
      type: "FIXED", billingModel: "FLAT_FEE", amount, invoiceCadence: "ADVANCE",
    })))).id);
  }
  const usage = await strict(() => flexprice.prices.createPrice(onPlan(plan.id, {
    type: "USAGE", meterId, billingModel: "FLAT_FEE", amount: "0.01", invoiceCadence: "ARREAR",
  })));
  ids.push(usage.id);

  const first = await strict(() => flexprice.prices.queryPrice({ priceIds: ids, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((p) => p.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const last = await strict(() => flexprice.prices.queryPrice({ priceIds: ids, limit: 2, offset: 4, order: "asc" }));
  assert.deepEqual(last.items.map((p) => p.id), ids.slice(4));
  assert.deepEqual(last.pagination, { limit: 2, offset: 4, total: 5 });
  const newestFirst = await strict(() => flexprice.prices.queryPrice({ entityIds: [plan.id], entityType: "PLAN", order: "desc" }));
  assert.deepEqual(newestFirst.items.map((p) => p.id), [...ids].reverse());

  const byMeter = await strict(() => flexprice.prices.queryPrice({ meterIds: [meterId] }));
  assert.deepEqual(byMeter.items.map((p) => p.id), [usage.id]);

  await strict(() => flexprice.prices.deletePrice(ids[0], {}));
  const published = await strict(() => flexprice.prices.queryPrice({ planIds: [plan.id], status: "published", order: "asc" }));
  assert.deepEqual(published.items.map((p) => p.id), ids.slice(1));
  assert.equal(published.pagination.total, 4);
});

test("a price given an end date ends there: it stays readable, and ended prices are listed only when asked for", async () => {
  const { plan } = await aPlanWithAMeter();
  const flat = { type: "FIXED", billingModel: "FLAT_FEE", invoiceCadence: "ADVANCE" };
  const staying = await strict(() => flexprice.prices.createPrice(onPlan(plan.id, { ...flat, amount: "5.00" })));
  const leaving = await strict(() => flexprice.prices.createPrice(onPlan(plan.id, { ...flat, amount: "7.00" })));
  const endDate = new Date(Date.now() + 1500).toISOString();

  const ended = await strict(() => flexprice.prices.deletePrice(leaving.id, { endDate }));
  assert.equal(typeof ended.message, "string");
  const read = await strict(() => flexprice.prices.getPrice(leaving.id));
  assert.equal(new Date(read.endDate).getTime(), new Date(endDate).getTime());
  assert.equal(read.status, "published");
  await new Promise((resolve) => setTimeout(resolve, new Date(endDate).getTime() - Date.now() + 200));

  const current = await strict(() => flexprice.prices.queryPrice({ planIds: [plan.id], order: "asc" }));
  assert.deepEqual(current.items.map((p) => p.id), [staying.id]);
  assert.equal(current.pagination.total, 1);
  const withEnded = await strict(() => flexprice.prices.queryPrice({ planIds: [plan.id], allowExpiredPrices: true, order: "asc" }));
  assert.deepEqual(withEnded.items.map((p) => p.id), [staying.id, leaving.id]);
  assert.equal(withEnded.pagination.total, 2);
  assert.deepEqual((await strict(() => flexprice.plans.getPlan(plan.id))).prices.map((p) => p.id), [staying.id]);

  const later = new Date(Date.now() + 86_400_000).toISOString();
  const scheduled = await strict(() => flexprice.prices.createPrice(onPlan(plan.id, { ...flat, amount: "9.00", startDate: later })));
  const startedBeforeLater = await strict(() => flexprice.prices.queryPrice({ planIds: [plan.id], startDateLt: later }));
  assert.deepEqual(startedBeforeLater.items.map((p) => p.id), [staying.id]);
  const all = await strict(() => flexprice.prices.queryPrice({ planIds: [plan.id], order: "asc" }));
  assert.deepEqual(all.items.map((p) => p.id), [staying.id, scheduled.id]);

  await rejects(() => flexprice.prices.deletePrice(staying.id, { endDate: "2000-01-01T00:00:00Z" }), 400);
  await rejects(() => flexprice.prices.deletePrice("price_does_not_exist", { endDate: later }), 404);
});

test("bad input is a 400 with FlexPrice's error body, a missing price a 404, a taken lookup key a 409", async () => {
  const { plan } = await aPlanWithAMeter();
  const lookupKey = unique("taken");
  const flat = { type: "FIXED", billingModel: "FLAT_FEE", amount: "1.00", invoiceCadence: "ADVANCE" };
  const price = await strict(() => flexprice.prices.createPrice(onPlan(plan.id, { ...flat, lookupKey })));

  const negative = await rejects(() => flexprice.prices.createPrice(onPlan(plan.id, { ...flat, amount: "-1" })), 400);
  assert.match(negative.error.message, /amount/);
  await rejects(() => flexprice.prices.createPrice(onPlan(plan.id, { ...flat, type: "USAGE" })), 400);
  await rejects(() => flexprice.prices.createPricesBulk({ items: [] }), 400);
  await rejects(() => flexprice.prices.createPrice(onPlan(plan.id, { ...flat, lookupKey })), 409);
  await rejects(() => flexprice.prices.createPrice(onPlan("plan_does_not_exist", flat)), 404);
  await rejects(() => flexprice.prices.getPrice("price_does_not_exist"), 404);
  await rejects(() => flexprice.prices.getPriceByLookupKey(unique("nothing")), 404);
  await rejects(() => flexprice.prices.updatePrice("price_does_not_exist", { displayName: "x" }), 404);
  await rejects(() => flexprice.prices.deletePrice("price_does_not_exist", {}), 404);
  await strict(() => flexprice.prices.deletePrice(price.id, {}));
  await rejects(() => flexprice.prices.getPrice(price.id), 404);
});
