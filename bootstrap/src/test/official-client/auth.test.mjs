// Authentication as the client meets it: no key or an unknown key is a 401 in FlexPrice's error shape.
import { test } from "node:test";
import { client, rejects } from "./support/flexprice.mjs";

test("an unknown API key is refused with 401 and FlexPrice's error body", async () => {
  await rejects(() => client("sk_unknown_key").customers.queryCustomer({}), 401);
});

test("a request without an API key is refused with 401", async () => {
  await rejects(() => client("").customers.getCustomer("cust_any"), 401);
});
