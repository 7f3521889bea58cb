// Coupons: every operation of the client's `coupons` group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertAmount, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

test("fixed and percentage coupons are created, read, renamed and deleted", async () => {
  const redeemAfter = "2026-01-01T00:00:00Z";
  const redeemBefore = "2027-01-01T00:00:00Z";
  const fixed = await strict(() => flexprice.coupons.createCoupon({
    name: unique("WELCOME10"),
    type: "fixed",
    amountOff: "10.00",
    currency: "usd",
    cadence: "repeated",
    durationInPeriods: 3,
    maxRedemptions: 100,
    redeemAfter,
    redeemBefore,
    metadata: { campaign: "spring" },
  }));
  assert.match(fixed.id, /\S+/);
  assert.equal(fixed.type, "fixed");
  assertAmount(fixed.amountOff, "10.00");
  assert.equal(fixed.currency, "usd");
  assert.equal(fixed.cadence, "repeated");
  assert.equal(fixed.durationInPeriods, 3);
  assert.equal(fixed.maxRedemptions, 100);
  assert.equal(fixed.totalRedemptions, 0);
  assert.equal(new Date(fixed.redeemAfter).toISOString(), new Date(redeemAfter).toISOString());
  assert.equal(new Date(fixed.redeemBefore).toISOString(), new Date(redeemBefore).toISOString());
  assert.deepEqual(fixed.metadata, { campaign: "spring" });
  assert.equal(fixed.status, "published");

  const percentage = await strict(() => flexprice.coupons.createCoupon({
    name: unique("HALF"), type: "percentage", percentageOff: "50", cadence: "forever",
  }));
  assert.equal(percentage.type, "percentage");
  assertAmount(percentage.percentageOff, "50");
  assert.equal(percentage.cadence, "forever");

  const read = await strict(() => flexprice.coupons.getCoupon(fixed.id));
  assert.equal(read.id, fixed.id);
  assert.equal(read.name, fixed.name);

  const newName = unique("WELCOME");
  const renamed = await strict(() => flexprice.coupons.updateCoupon(fixed.id, { name: newName, metadata: { campaign: "summer" } }));
  assert.equal(renamed.name, newName);
  assert.deepEqual(renamed.metadata, { campaign: "summer" });
  assertAmount(renamed.amountOff, "10.00", "an update leaves the terms");

  const deleted = await strict(() => flexprice.coupons.deleteCoupon(percentage.id));
  assert.equal(typeof deleted, "object");
  await rejects(() => flexprice.coupons.getCoupon(percentage.id), 404);
});

test("search filters by coupon ids and status, pages with limit and offset, and reports the total", async () => {
  const ids = [];
  for (const percent of ["5", "10", "15", "20", "25"]) {
    ids.push((await strict(() => flexprice.coupons.createCoupon({
      name: unique(`P${percent}`), type: "percentage", percentageOff: percent, cadence: "once",
    }))).id);
  }

  const first = await strict(() => flexprice.coupons.queryCoupon({ couponIds: ids, limit: 2, offset: 0, order: "asc" }));
  assert.deepEqual(first.items.map((c) => c.id), ids.slice(0, 2));
  assert.deepEqual(first.pagination, { limit: 2, offset: 0, total: 5 });
  const last = await strict(() => flexprice.coupons.queryCoupon({ couponIds: ids, limit: 2, offset: 4, order: "asc" }));
  assert.deepEqual(last.items.map((c) => c.id), ids.slice(4));
  assert.deepEqual(last.pagination, { limit: 2, offset: 4, total: 5 });
  const newestFirst = await strict(() => flexprice.coupons.queryCoupon({ couponIds: ids, order: "desc" }));
  assert.deepEqual(newestFirst.items.map((c) => c.id), [...ids].reverse());

  await strict(() => flexprice.coupons.deleteCoupon(ids[2]));
  const published = await strict(() => flexprice.coupons.queryCoupon({ couponIds: ids, status: "published", order: "asc" }));
  assert.deepEqual(published.items.map((c) => c.id), [ids[0], ids[1], ids[3], ids[4]]);
  assert.equal(published.pagination.total, 4);
});

test("a coupon counts its redemptions and refuses a subscription beyond its limit with a 409", async () => {
  const coupon = await strict(() => flexprice.coupons.createCoupon({
    name: unique("ONLYONE"), type: "fixed", amountOff: "5.00", currency: "usd", cadence: "once", maxRedemptions: 1,
  }));
  const plan = await strict(() => flexprice.plans.createPlan({ name: "Couponed", lookupKey: unique("couponed") }));
  await strict(() => flexprice.prices.createPrice({
    entityType: "PLAN", entityId: plan.id, type: "FIXED", priceUnitType: "FIAT", billingModel: "FLAT_FEE",
    amount: "20.00", currency: "usd", billingCadence: "RECURRING", billingPeriod: "MONTHLY", invoiceCadence: "ADVANCE",
  }));
  const subscribe = async () => {
    const customer = await strict(() => flexprice.customers.createCustomer({ externalId: unique("redeemer") }));
    return flexprice.subscriptions.createSubscription({
      customerId: customer.id, planId: plan.id, currency: "usd", billingCadence: "RECURRING",
      billingPeriod: "MONTHLY", coupons: [coupon.id],
    });
  };

  await strict(subscribe);
  assert.equal((await strict(() => flexprice.coupons.getCoupon(coupon.id))).totalRedemptions, 1);
  const refused = await rejects(subscribe, 409);
  assert.match(refused.error.message, /redemption/);
  assert.equal((await strict(() => flexprice.coupons.getCoupon(coupon.id))).totalRedemptions, 1, "the refusal redeemed nothing");
});

test("bad input is a 400 with FlexPrice's error body, a missing coupon a 404", async () => {
  const noAmount = await rejects(() => flexprice.coupons.createCoupon({ name: unique("BAD"), type: "fixed", currency: "usd", cadence: "once" }), 400);
  assert.match(noAmount.error.message, /amount_off/);
  await rejects(() => flexprice.coupons.createCoupon({ name: unique("BAD"), type: "percentage", percentageOff: "150", cadence: "once" }), 400);
  await rejects(() => flexprice.coupons.createCoupon({ name: unique("BAD"), type: "percentage", percentageOff: "10", cadence: "repeated" }), 400);
  await rejects(() => flexprice.coupons.getCoupon("coupon_does_not_exist"), 404);
  await rejects(() => flexprice.coupons.updateCoupon("coupon_does_not_exist", { name: "x" }), 404);
  await rejects(() => flexprice.coupons.deleteCoupon("coupon_does_not_exist"), 404);
});
