// The suite's own check, pinned: `strict` fails on every kind of answer the client would only bend to fit (so a
// change of the client's validation library cannot quietly turn every other test into one that cannot fail).
// The answers come from a stand-in HTTP server here, never from ours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { client, strict } from "./support/flexprice.mjs";

async function standIn(body) {
  const server = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, flexprice: client("sk_test", `http://127.0.0.1:${server.address().port}`) };
}

async function answered(body) {
  const { server, flexprice } = await standIn(body);
  try {
    return await strict(() => flexprice.customers.getCustomer("cust_1"));
  } finally {
    server.close();
  }
}

test("an answer exactly as the client expects passes", async () => {
  const customer = await answered({ id: "cust_1", external_id: "acme", status: "published", metadata: { a: "b" } });
  assert.equal(customer.externalId, "acme");
});

for (const [what, body] of [
  ["a number where the client expects a string", { id: 42, status: "published" }],
  ["an enum string the client does not know", { id: "cust_1", status: "PUBLISHED" }],
  ["a null instead of leaving the field out", { id: "cust_1", name: null }],
]) {
  test(`strict fails on ${what}`, async () => {
    await assert.rejects(() => answered(body), (error) => error instanceof assert.AssertionError
      && /the client had to coerce/.test(error.message));
  });
}
