// Tax rates and tax associations: every operation of the client's `taxRates` and `taxAssociations` groups.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

test("a percentage and a fixed tax rate are created, read, listed, deactivated and deleted", async () => {
  const vatCode = unique("VAT");
  const vat = await strict(() => flexprice.taxRates.createTaxRate({
    name: "German VAT",
    code: vatCode,
    description: "standard rate",
    taxRateType: "percentage",
    percentageValue: "19",
    scope: "INTERNAL",
    metadata: { country: "DE" },
  }));
  assert.match(vat.id, /\S+/);
  assert.equal(vat.code, vatCode);
  assert.equal(vat.name, "German VAT");
  assert.equal(vat.taxRateType, "percentage");
  assertAmount(vat.percentageValue, "19");
  assert.equal(vat.scope, "INTERNAL");
  assert.equal(vat.taxRateStatus, "ACTIVE");
  assert.equal(vat.status, "published");
  assert.deepEqual(vat.metadata, { country: "DE" });

  const feeCode = unique("FEE");
  const fee = await strict(() => flexprice.taxRates.createTaxRate({ name: "Stamp duty", code: feeCode, taxRateType: "fixed", fixedValue: "1.50", scope: "EXTERNAL" }));
  assert.equal(fee.taxRateType, "fixed");
  assert.equal(fee.scope, "EXTERNAL");
  assertAmount(fee.fixedValue, "1.50");

  const read = await strict(() => flexprice.taxRates.getTaxRate(vat.id));
  assert.equal(read.id, vat.id);
  assert.equal(read.code, vatCode);

  const byIds = await strict(() => flexprice.taxRates.getTaxRates({ taxrateIds: [vat.id, fee.id], order: "asc" }));
  assert.deepEqual(byIds.map((r) => r.id), [vat.id, fee.id]);
  const byCode = await strict(() => flexprice.taxRates.getTaxRates({ taxrateCodes: [feeCode] }));
  assert.deepEqual(byCode.map((r) => r.id), [fee.id]);
  const internal = await strict(() => flexprice.taxRates.getTaxRates({ taxrateIds: [vat.id, fee.id], scope: "INTERNAL" }));
  assert.deepEqual(internal.map((r) => r.id), [vat.id]);
  const external = await strict(() => flexprice.taxRates.getTaxRates({ taxrateIds: [vat.id, fee.id], scope: "EXTERNAL" }));
  assert.deepEqual(external.map((r) => r.id), [fee.id]);
  const paged = await strict(() => flexprice.taxRates.getTaxRates({ taxrateIds: [vat.id, fee.id], order: "asc", limit: 1, offset: 1 }));
  assert.deepEqual(paged.map((r) => r.id), [fee.id]);

  const inactive = await strict(() => flexprice.taxRates.updateTaxRate(fee.id, { taxRateStatus: "INACTIVE", name: "Stamp duty (old)" }));
  assert.equal(inactive.taxRateStatus, "INACTIVE");
  assert.equal(inactive.name, "Stamp duty (old)");
  assertAmount(inactive.fixedValue, "1.50", "an update leaves the value");

  await strict(() => flexprice.taxRates.deleteTaxRate(fee.id));
  await rejects(() => flexprice.taxRates.getTaxRate(fee.id), 404);
  const published = await strict(() => flexprice.taxRates.getTaxRates({ taxrateIds: [vat.id, fee.id], status: "published" }));
  assert.deepEqual(published.map((r) => r.id), [vat.id]);
});

test("a tax rate is associated with a customer, found by customer and rate, updated and removed", async () => {
  const vatCode = unique("VAT");
  const vat = await strict(() => flexprice.taxRates.createTaxRate({ name: "VAT", code: vatCode, taxRateType: "percentage", percentageValue: "20" }));
  const externalId = unique("taxed");
  const customer = await strict(() => flexprice.customers.createCustomer({ externalId, name: "Taxed Ltd" }));

  const created = await strict(() => flexprice.taxAssociations.createTaxAssociation({
    taxRateCode: vatCode,
    entityType: "customer",
    entityId: customer.id,
    priority: 1,
    autoApply: true,
    currency: "usd",
    metadata: { reason: "uk" },
  }));
  assert.match(created.id, /\S+/);
  assert.equal(created.taxRateId, vat.id);
  assert.equal(created.entityType, "customer");
  assert.equal(created.entityId, customer.id);
  assert.equal(created.priority, 1);
  assert.equal(created.autoApply, true);
  assert.equal(created.currency, "usd");
  assert.deepEqual(created.metadata, { reason: "uk" });
  assert.equal(created.status, "published");

  const read = await strict(() => flexprice.taxAssociations.getTaxAssociation(created.id));
  assert.equal(read.id, created.id);
  assert.equal(read.taxRateId, vat.id);

  const byCustomer = await strict(() => flexprice.taxAssociations.listTaxAssociations("customer", customer.id));
  assert.deepEqual(byCustomer.items.map((a) => a.id), [created.id]);
  assert.equal(byCustomer.pagination.total, 1);
  const byExternalId = await strict(() => flexprice.taxAssociations.listTaxAssociations(undefined, undefined, externalId));
  assert.deepEqual(byExternalId.items.map((a) => a.id), [created.id]);
  const byRate = await strict(() => flexprice.taxAssociations.listTaxAssociations(undefined, undefined, undefined, vat.id));
  assert.deepEqual(byRate.items.map((a) => a.id), [created.id]);

  const updated = await strict(() => flexprice.taxAssociations.updateTaxAssociation(created.id, { priority: 5, autoApply: false }));
  assert.equal(updated.priority, 5);
  assert.equal(updated.autoApply, false);
  assert.equal(updated.currency, "usd", "an update leaves what it does not name");

  const removed = await strict(() => flexprice.taxAssociations.deleteTaxAssociation(created.id));
  assert.equal(removed.id, created.id);
  await rejects(() => flexprice.taxAssociations.getTaxAssociation(created.id), 404);
  const afterRemoval = await strict(() => flexprice.taxAssociations.listTaxAssociations("customer", customer.id));
  assert.deepEqual(afterRemoval.items, []);
  assert.equal(afterRemoval.pagination.total, 0);
});

test("bad input is a 400 with FlexPrice's error body, a missing rate or association a 404, a taken code a 409", async () => {
  const code = unique("TAKEN");
  await strict(() => flexprice.taxRates.createTaxRate({ name: "Taken", code, taxRateType: "percentage", percentageValue: "5" }));

  const noValue = await rejects(() => flexprice.taxRates.createTaxRate({ name: "No value", code: unique("NV"), taxRateType: "percentage" }), 400);
  assert.match(noValue.error.message, /percentage_value/);
  await rejects(() => flexprice.taxRates.createTaxRate({ name: "Too much", code: unique("TM"), taxRateType: "percentage", percentageValue: "101" }), 400);
  await rejects(() => flexprice.taxRates.createTaxRate({ name: "Again", code, taxRateType: "percentage", percentageValue: "5" }), 409);
  await rejects(() => flexprice.taxRates.getTaxRate("taxrate_does_not_exist"), 404);
  await rejects(() => flexprice.taxRates.updateTaxRate("taxrate_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.taxRates.deleteTaxRate("taxrate_does_not_exist"), 404);

  await rejects(() => flexprice.taxAssociations.createTaxAssociation({ taxRateCode: code, entityType: "customer" }), 400);
  await rejects(() => flexprice.taxAssociations.createTaxAssociation({ taxRateCode: unique("NONE"), entityType: "customer", externalCustomerId: unique("nobody") }), 404);
  await rejects(() => flexprice.taxAssociations.getTaxAssociation("taxassoc_does_not_exist"), 404);
  await rejects(() => flexprice.taxAssociations.updateTaxAssociation("taxassoc_does_not_exist", { priority: 1 }), 404);
  await rejects(() => flexprice.taxAssociations.deleteTaxAssociation("taxassoc_does_not_exist"), 404);
});
