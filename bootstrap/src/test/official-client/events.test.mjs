// Events: every operation of the client's `events` group (ingest, bulk ingest, usage, usage by meter, list, get,
// usage analytics; the Hugging Face export answers 501).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

/** A customer and a metered feature whose meter sums the `tokens` property of its own event name. */
async function meteredCustomer(aggregation = { type: "SUM", field: "tokens" }) {
  const eventName = unique("llm_call");
  const feature = await strict(() => flexprice.features.createFeature({
    name: "LLM tokens",
    type: "metered",
    lookupKey: unique("tokens"),
    meter: { name: "LLM tokens", eventName, aggregation, resetUsage: "BILLING_PERIOD" },
  }));
  assert.match(feature.meterId, /\S+/);
  const customer = await strict(() => flexprice.customers.createCustomer({ externalId: unique("metered") }));
  return { eventName, meterId: feature.meterId, feature, customer };
}

const MAR_20 = "2024-03-20T10:00:00Z";

test("events are ingested one by one and in bulk, a resend is absorbed, and usage sums them per window", async () => {
  const { eventName, meterId, customer } = await meteredCustomer();
  const externalCustomerId = customer.externalId;
  const single = unique("evt");

  const accepted = await strict(() => flexprice.events.ingestEvent({
    eventId: single, eventName, externalCustomerId, timestamp: MAR_20, source: "api",
    properties: { tokens: "120", model: "gpt-4o" },
  }));
  assert.deepEqual(accepted, { message: "Event accepted for processing", event_id: single });

  const bulkIds = [unique("evt"), unique("evt"), unique("evt")];
  await strict(() => flexprice.events.ingestEventsBulk({
    events: [
      { eventId: bulkIds[0], eventName, externalCustomerId, timestamp: "2024-03-20T18:30:00Z", properties: { tokens: "80", model: "o1-mini" } },
      { eventId: bulkIds[1], eventName, externalCustomerId, timestamp: "2024-03-21T09:00:00Z", properties: { tokens: "50", model: "gpt-4o" } },
      { eventId: bulkIds[2], eventName, externalCustomerId, timestamp: "2024-03-22T12:00:00Z", properties: { tokens: "5", model: "gpt-4o" } },
    ],
  }));
  // the client retries the first event: the same event id is absorbed, never counted twice
  await strict(() => flexprice.events.ingestEvent({
    eventId: single, eventName, externalCustomerId, timestamp: MAR_20, properties: { tokens: "120", model: "gpt-4o" },
  }));

  const range = { startTime: "2024-03-20T00:00:00Z", endTime: "2024-03-23T00:00:00Z" };
  const total = await strict(() => flexprice.events.getUsageStatistics({
    eventName, aggregationType: "SUM", propertyName: "tokens", externalCustomerId, ...range,
  }));
  // 120 + 80 + 50 + 5 = 255 (the resend not counted)
  assert.equal(total.eventName, eventName);
  assert.equal(total.type, "SUM");
  assert.equal(total.value, 255);

  const perDay = await strict(() => flexprice.events.getUsageStatistics({
    eventName, aggregationType: "SUM", propertyName: "tokens", externalCustomerId, windowSize: "DAY", ...range,
  }));
  // Mar 20: 120 + 80 = 200; Mar 21: 50; Mar 22: 5
  assert.deepEqual(perDay.results.map((r) => r.value), [200, 50, 5]);
  assert.equal(perDay.value, 255);

  const gpt4o = await strict(() => flexprice.events.getUsageStatistics({
    eventName, aggregationType: "COUNT", externalCustomerId, filters: { model: ["gpt-4o"] }, ...range,
  }));
  // three gpt-4o events: the single one, and the bulk ones of Mar 21 and 22
  assert.equal(gpt4o.type, "COUNT");
  assert.equal(gpt4o.value, 3);

  const byMeter = await strict(() => flexprice.events.getUsageByMeter({ meterId, externalCustomerId, ...range }));
  assert.equal(byMeter.eventName, eventName);
  assert.equal(byMeter.type, "SUM");
  assert.equal(byMeter.value, 255);
  const byMeterMar21 = await strict(() => flexprice.events.getUsageByMeter({
    meterId, customerId: customer.id, startTime: "2024-03-21T00:00:00Z", endTime: "2024-03-22T00:00:00Z",
  }));
  // [Mar 21, Mar 22) holds the 50-token event only
  assert.equal(byMeterMar21.value, 50);
  const byMeterWindowed = await strict(() => flexprice.events.getUsageByMeter({
    meterId, externalCustomerId, windowSize: "DAY", ...range,
  }));
  assert.deepEqual(byMeterWindowed.results.map((r) => r.value), [200, 50, 5]);
});

test("raw events are listed newest first by customer and name, paged with a total, and read by id", async () => {
  const { eventName, customer } = await meteredCustomer();
  const externalCustomerId = customer.externalId;
  const ids = [unique("evt"), unique("evt"), unique("evt")];
  await strict(() => flexprice.events.ingestEventsBulk({
    events: ids.map((eventId, i) => ({
      eventId, eventName, externalCustomerId, source: i === 2 ? "backfill" : "api",
      timestamp: `2024-04-0${i + 1}T08:00:00Z`, properties: { tokens: String(10 * (i + 1)), region: i === 0 ? "eu" : "us" },
    })),
  }));

  const page1 = await strict(() => flexprice.events.listRawEvents({ externalCustomerId, eventName, pageSize: 2 }));
  assert.deepEqual(page1.events.map((e) => e.id), [ids[2], ids[1]]);
  assert.equal(page1.totalCount, 3);
  assert.equal(page1.hasMore, true);
  const page2 = await strict(() => flexprice.events.listRawEvents({ externalCustomerId, eventName, pageSize: 2, offset: 2 }));
  assert.deepEqual(page2.events.map((e) => e.id), [ids[0]]);
  assert.equal(page2.totalCount, 3);
  assert.equal(page2.hasMore, false);

  const first = page2.events[0];
  assert.equal(first.eventName, eventName);
  assert.equal(first.externalCustomerId, externalCustomerId);
  assert.equal(first.source, "api");
  assert.equal(new Date(first.timestamp).toISOString(), "2024-04-01T08:00:00.000Z");
  assert.equal(first.properties.region, "eu");

  const window = await strict(() => flexprice.events.listRawEvents({
    externalCustomerId, startTime: "2024-04-02T00:00:00Z", endTime: "2024-04-03T00:00:00Z",
  }));
  assert.deepEqual(window.events.map((e) => e.id), [ids[1]]);
  const oldestFirst = await strict(() => flexprice.events.listRawEvents({ externalCustomerId, order: "asc" }));
  assert.deepEqual(oldestFirst.events.map((e) => e.id), ids);
  const us = await strict(() => flexprice.events.listRawEvents({ externalCustomerId, propertyFilters: { region: ["us"] } }));
  assert.deepEqual(us.events.map((e) => e.id), [ids[2], ids[1]]);
  const byId = await strict(() => flexprice.events.listRawEvents({ eventId: ids[1], externalCustomerId }));
  assert.deepEqual(byId.events.map((e) => e.id), [ids[1]]);
  const backfill = await strict(() => flexprice.events.listRawEvents({ externalCustomerId, source: "backfill" }));
  assert.deepEqual(backfill.events.map((e) => e.id), [ids[2]]);

  const got = await strict(() => flexprice.events.getEvent(ids[1]));
  assert.equal(got.event.id, ids[1]);
  assert.equal(got.event.eventName, eventName);
  assert.equal(got.event.properties.region, "us");
  assert.equal(got.status, "processed");
});

test("an event without a customer or name is a 400, an unknown event or meter a 404, and nothing is stored", async () => {
  const { eventName, customer } = await meteredCustomer();
  const externalCustomerId = customer.externalId;

  const noCustomer = await rejects(() => flexprice.events.ingestEvent({ eventName, externalCustomerId: "" }), 400);
  assert.match(noCustomer.error.message, /external_customer_id/);
  await rejects(() => flexprice.events.ingestEvent({ eventName: "", externalCustomerId }), 400);
  // one bad event rejects the whole batch
  const badBatch = await rejects(() => flexprice.events.ingestEventsBulk({
    events: [{ eventId: unique("evt"), eventName, externalCustomerId }, { eventName, externalCustomerId: "" }],
  }), 400);
  assert.match(badBatch.error.message, /events\[1\]/);
  const listed = await strict(() => flexprice.events.listRawEvents({ externalCustomerId }));
  assert.equal(listed.totalCount, 0);

  await rejects(() => flexprice.events.getUsageStatistics({ eventName, aggregationType: "SUM", externalCustomerId }), 400);
  await rejects(() => flexprice.events.getEvent(unique("evt_missing")), 404);
  await rejects(() => flexprice.events.getUsageByMeter({ meterId: unique("meter_missing"), externalCustomerId }), 404);
});

test("usage analytics give a customer's usage and its charge per feature and day", async () => {
  const { eventName, meterId, feature, customer } = await meteredCustomer();
  const other = await meteredCustomer();
  const plan = await strict(() => flexprice.plans.createPlan({ name: "Metered", lookupKey: unique("metered") }));
  await strict(() => flexprice.prices.createPrice({
    entityType: "PLAN", entityId: plan.id, type: "USAGE", billingModel: "FLAT_FEE", amount: "0.01", currency: "eur",
    billingCadence: "RECURRING", billingPeriod: "MONTHLY", invoiceCadence: "ARREAR", priceUnitType: "FIAT", meterId,
  }));
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const day = 86_400_000;
  const yesterday = new Date(today - day).toISOString();
  await strict(() => flexprice.subscriptions.createSubscription({
    customerId: customer.id, planId: plan.id, currency: "eur", billingCadence: "RECURRING", billingPeriod: "MONTHLY",
    startDate: yesterday,
  }));
  await strict(() => flexprice.events.ingestEventsBulk({
    events: [
      { eventId: unique("evt"), eventName, externalCustomerId: customer.externalId, timestamp: new Date(today - day + 3_600_000).toISOString(), properties: { tokens: "300" } },
      { eventId: unique("evt"), eventName, externalCustomerId: customer.externalId, timestamp: new Date(today - day + 7_200_000).toISOString(), properties: { tokens: "150" } },
    ],
  }));

  const analytics = await strict(() => flexprice.events.getUsageAnalytics({
    externalCustomerId: customer.externalId, startTime: yesterday, endTime: new Date(today + day).toISOString(),
    windowSize: "DAY", groupBy: ["feature_id"],
  }));
  // 300 + 150 = 450 tokens yesterday, x 0.01 EUR = 4.50; nothing today
  assert.equal(analytics.currency, "eur");
  assertAmount(analytics.totalCost, "4.5", "total_cost");
  assert.equal(analytics.items.length, 1);
  const [item] = analytics.items;
  assert.equal(item.featureId, feature.id);
  assert.equal(item.name, "LLM tokens");
  assert.equal(item.eventName, eventName);
  assert.equal(item.meterId, meterId);
  assert.equal(item.aggregationType, "SUM");
  assertAmount(item.totalUsage, "450", "total_usage");
  assertAmount(item.totalCost, "4.5", "item total_cost");
  assert.equal(item.windowSize, "DAY");
  assert.deepEqual(item.points.map((p) => [new Date(p.timestamp).toISOString(), Number(p.usage), Number(p.cost)]), [
    [new Date(today - day).toISOString(), 450, 4.5],
    [new Date(today).toISOString(), 0, 0],
  ]);

  const otherFeature = await strict(() => flexprice.events.getUsageAnalytics({
    externalCustomerId: customer.externalId, startTime: yesterday, featureIds: [other.feature.id],
  }));
  assert.deepEqual(otherFeature.items ?? [], []);
  assertAmount(otherFeature.totalCost, "0", "total_cost without usage");

  const grouped = await rejects(() => flexprice.events.getUsageAnalytics({ externalCustomerId: customer.externalId, groupBy: ["source"] }), 400);
  assert.match(grouped.error.message, /group_by\[0\]/);
  await rejects(() => flexprice.events.getUsageAnalytics({ externalCustomerId: unique("nobody") }), 404);
});

test("the Hugging Face export is not implemented: 501 in FlexPrice's error shape", async () => {
  const hf = await rejects(() => flexprice.events.getHuggingfaceInferenceData(), 501);
  assert.match(hf.error.message, /not implemented/);
});
