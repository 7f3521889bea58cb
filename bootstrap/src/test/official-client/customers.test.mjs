// Customers: every operation of the client's `customers` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

test("a customer is created, read by id and by external id, updated both ways, and deleted", async () => {
  const externalId = unique("acme");
  const created = await strict(() => flexprice.customers.createCustomer({
    externalId,
    name: "Acme Inc",
    email: "billing@acme.test",
    addressCountry: "DE",
    addressCity: "Berlin",
    metadata: { tier: "gold" },
  }));
  assert.match(created.id, /\S+/);
  assert.equal(created.externalId, externalId);
  assert.equal(created.name, "Acme Inc");
  assert.equal(created.addressCountry, "DE");
  assert.deepEqual(created.metadata, { tier: "gold" });
  assert.equal(created.status, "published");
  assert.ok(created.createdAt);

  const byId = await strict(() => flexprice.customers.getCustomer(created.id));
  assert.equal(byId.externalId, externalId);
  const byExternalId = await strict(() => flexprice.customers.getCustomerByExternalId(externalId));
  assert.equal(byExternalId.id, created.id);

  const renamed = await strict(() => flexprice.customers.updateCustomer({ name: "Acme Corp" }, created.id));
  assert.equal(renamed.name, "Acme Corp");
  assert.equal(renamed.email, "billing@acme.test");
  const moved = await strict(() => flexprice.customers.updateCustomer({ addressCity: "Hamburg" }, undefined, externalId));
  assert.equal(moved.id, created.id);
  assert.equal(moved.addressCity, "Hamburg");
  assert.equal(moved.name, "Acme Corp");

  await strict(() => flexprice.customers.deleteCustomer(created.id));
  await rejects(() => flexprice.customers.getCustomer(created.id), 404);
});

test("search filters by external ids, pages with limit and offset, and reports the total", async () => {
  const prefix = unique("page");
  const externalIds = [1, 2, 3, 4, 5].map((i) => `${prefix}-${i}`);
  for (const externalId of externalIds) {
    await strict(() => flexprice.customers.createCustomer({ externalId, name: externalId }));
  }

  const first = await strict(() => flexprice.customers.queryCustomer({ externalIds, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((c) => c.externalId), externalIds.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const last = await strict(() => flexprice.customers.queryCustomer({ externalIds, limit: 2, offset: 4, order: "asc" }));
  assert.deepEqual(last.items.map((c) => c.externalId), externalIds.slice(4));
  assert.deepEqual(last.pagination, { limit: 2, offset: 4, total: 5 });

  const one = await strict(() => flexprice.customers.queryCustomer({ externalId: externalIds[2] }));
  assert.deepEqual(one.items.map((c) => c.externalId), [externalIds[2]]);
  assert.equal(one.pagination.total, 1);
});

test("a customer's entitlements, usage summary and upcoming grants answer for a customer without a plan", async () => {
  const customer = await strict(() => flexprice.customers.createCustomer({ externalId: unique("bare") }));

  const entitlements = await strict(() => flexprice.customers.getCustomerEntitlements(customer.id));
  assert.equal(entitlements.customerId, customer.id);
  assert.deepEqual(entitlements.features ?? [], []);

  const usage = await strict(() => flexprice.customers.getCustomerUsageSummary({ customerId: customer.id }));
  assert.equal(usage.customerId, customer.id);
  assert.deepEqual(usage.features ?? [], []);

  const grants = await strict(() => flexprice.customers.getCustomerUpcomingGrants(customer.id));
  assert.deepEqual(grants.items ?? [], []);
});

test("bad input is a 400 with FlexPrice's error body, a missing customer a 404, a taken external id a 409", async () => {
  const externalId = unique("dup");
  await strict(() => flexprice.customers.createCustomer({ externalId }));

  const invalid = await rejects(() => flexprice.customers.createCustomer({ externalId: unique("bad"), email: "not-an-email" }), 400);
  assert.match(invalid.error.message, /email/);
  await rejects(() => flexprice.customers.createCustomer({ externalId }), 409);
  await rejects(() => flexprice.customers.getCustomer("cust_does_not_exist"), 404);
  await rejects(() => flexprice.customers.getCustomerByExternalId(unique("nobody")), 404);
  await rejects(() => flexprice.customers.updateCustomer({ name: "x" }, "cust_does_not_exist"), 404);
});
