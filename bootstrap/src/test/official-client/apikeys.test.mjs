// API keys: the client's `secrets` operations for API keys (createApiKey, listApiKeys, deleteApiKey).
import { test } from "node:test";
import assert from "node:assert/strict";
import { client, flexprice, rejects, strict, unique } from "./support/flexprice.mjs";

/** Every key the list shows, page by page (other suites make keys of their own at the same time). */
async function allKeys(status) {
  const keys = [];
  for (let offset = 0; ; offset += 50) {
    const page = await strict(() => flexprice.secrets.listApiKeys(50, offset, status));
    assert.equal(page.pagination.limit, 50);
    assert.equal(page.pagination.offset, offset);
    keys.push(...page.items);
    if (offset + 50 >= page.pagination.total) {
      assert.equal(keys.length, page.pagination.total);
      return keys;
    }
  }
}

test("an API key is issued once, works with the client, is listed without its secret, and stops working when deleted", async () => {
  const name = unique("ci-key");
  const expiresAt = "2099-01-01T00:00:00Z";
  const issued = await strict(() => flexprice.secrets.createApiKey({ name, type: "private_key", expiresAt }));
  assert.match(issued.apiKey, /\S{16,}/);
  assert.match(issued.secret.id, /\S+/);
  assert.equal(issued.secret.name, name);
  assert.equal(issued.secret.type, "private_key");
  assert.equal(issued.secret.status, "published");
  assert.equal(new Date(issued.secret.expiresAt).toISOString(), new Date(expiresAt).toISOString());
  assert.ok(issued.secret.displayId, "a display id shows which key it is without the secret");
  assert.notEqual(issued.secret.displayId, issued.apiKey);

  const withTheNewKey = client(issued.apiKey);
  const featureName = unique("made-with-new-key");
  const feature = await strict(() => withTheNewKey.features.createFeature({ name: featureName, type: "boolean" }));
  const seenWithTheDevKey = await strict(() => flexprice.features.queryFeature({ featureIds: [feature.id] }));
  assert.equal(seenWithTheDevKey.items[0].name, featureName, "the new key works in the same tenant and environment");

  const listed = (await allKeys()).find((k) => k.id === issued.secret.id);
  assert.ok(listed, "the new key is listed");
  assert.equal(listed.name, name);
  assert.equal(listed.type, "private_key");
  assert.ok(!JSON.stringify(listed).includes(issued.apiKey), "the list never shows the secret");

  await strict(() => flexprice.secrets.deleteApiKey(issued.secret.id));
  await rejects(() => withTheNewKey.features.queryFeature({}), 401);
  assert.ok(!(await allKeys("published")).some((k) => k.id === issued.secret.id), "a deleted key is no longer listed as published");
});

test("the list pages with limit and offset and reports the total", async () => {
  const ids = [];
  for (const i of [1, 2, 3]) {
    ids.push((await strict(() => flexprice.secrets.createApiKey({ name: unique(`page-${i}`), type: "private_key" }))).secret.id);
  }
  const first = await strict(() => flexprice.secrets.listApiKeys(2, 0));
  assert.equal(first.items.length, 2);
  assert.equal(first.pagination.limit, 2);
  assert.equal(first.pagination.offset, 0);
  assert.ok(first.pagination.total >= 3, "at least the three keys made here");
  const every = await allKeys();
  for (const id of ids) {
    assert.ok(every.some((k) => k.id === id), `key ${id} is listed`);
  }
  for (const id of ids) {
    await strict(() => flexprice.secrets.deleteApiKey(id));
  }
});

test("bad input is a 400 with FlexPrice's error body, a missing key a 404", async () => {
  const noName = await rejects(() => flexprice.secrets.createApiKey({ name: "", type: "private_key" }), 400);
  assert.match(noName.error.message, /name/);
  await rejects(() => flexprice.secrets.createApiKey({ name: unique("past"), type: "private_key", expiresAt: "2000-01-01T00:00:00Z" }), 400);
  await rejects(() => flexprice.secrets.listApiKeys(-1), 400);
  await rejects(() => flexprice.secrets.listApiKeys(10, 0, "sleeping"), 400);
  await rejects(() => flexprice.secrets.deleteApiKey("key_does_not_exist"), 404);
});
