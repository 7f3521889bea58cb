// Shared by every contract test: the official client pointed at the server under test, and the two checks
// the suite makes on every call.
//
// The client parses every response with its own schemas, but leniently: a missing required field becomes "",
// 0 or false, a null or a number sent as a string is coerced, an enum string it does not know is kept. Each of
// those goes through the client's `unrecognized` counter, so `strict` counts them around a call and fails when
// the client had to bend anything: what the server sends must be exactly what the client expects.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { Flexprice } from "@flexprice/sdk";
import { HTTPClient } from "@flexprice/sdk/lib/http.js";
import { FlexPriceError } from "@flexprice/sdk/sdk/models/flex-price-error.js";
import { ErrorsErrorsErrorResponse } from "@flexprice/sdk/sdk/models/errors-errors-error-response.js";
import { SDKError } from "@flexprice/sdk/sdk/models/sdk-error.js";
import { startCountingUnrecognized } from "@flexprice/sdk/types/unrecognized.js";

const baseUrl = process.env.FLEXPRICE_BASE_URL;
const apiKey = process.env.FLEXPRICE_API_KEY;
if (!baseUrl || !apiKey) {
  throw new Error("FLEXPRICE_BASE_URL and FLEXPRICE_API_KEY name the server under test (set by OfficialClientContractIT)");
}

/** The last response the client received, kept to explain a failed check. */
let lastResponse = { status: 0, url: "", body: "" };

function recordingHttpClient() {
  const http = new HTTPClient();
  http.addHook("response", async (response, request) => {
    lastResponse = { status: response.status, url: `${request.method} ${request.url}`, body: await response.clone().text() };
  });
  return http;
}

/** A client as a FlexPrice user builds one: server URL and API key, nothing else changed but no retries. */
export function client(key = apiKey, server = baseUrl) {
  return new Flexprice({
    serverURL: `${server}/v1`,
    apiKeyAuth: key,
    httpClient: recordingHttpClient(),
    retryConfig: { strategy: "none" },
  });
}

export const flexprice = client();

/** Calls the client and returns what it parsed, failing when the client had to coerce or guess anything. */
export async function strict(call) {
  const counter = startCountingUnrecognized();
  let bent;
  let result;
  try {
    result = await call();
  } finally {
    bent = counter.end();
  }
  assert.equal(bent, 0, `the client had to coerce ${bent} value(s) of ${lastResponse.url} -> ${lastResponse.status}: ${lastResponse.body}`);
  return result;
}

/**
 * Expects the call to fail as the client reports FlexPrice's errors: with the status, FlexPrice's error body
 * ({"success": false, "error": {"message": ...}}), and as the client's error class for that operation and
 * status (its typed ErrorsErrorsErrorResponse where the operation declares the status, else its SDKError).
 * Returns the parsed error body.
 */
export async function rejects(call, status) {
  let error;
  try {
    await call();
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected ${status}, but the call succeeded (${lastResponse.url} -> ${lastResponse.status})`);
  assert.ok(error instanceof FlexPriceError, `expected the client's FlexPriceError, got ${error?.name}: ${error?.message}`);
  assert.equal(error.statusCode, status, `${lastResponse.url}: ${error.body}`);
  const body = JSON.parse(error.body);
  assert.equal(body.success, false);
  assert.equal(typeof body.error.message, "string");
  assert.ok(body.error.message.length > 0);
  if (error instanceof ErrorsErrorsErrorResponse) {
    assert.equal(error.error.message, body.error.message, "the client reads FlexPrice's error message");
  } else {
    assert.ok(error instanceof SDKError, `the client's SDKError, got ${error.name}`);
  }
  return body;
}

/** A name no other test (or earlier run against the same database) uses. */
export function unique(prefix) {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Decimal strings as FlexPrice sends them, compared by exact value ("10" equals "10.00", never by float). */
export function assertAmount(actual, expected, what = "amount") {
  assert.equal(typeof actual, "string", `${what} is a decimal string`);
  assert.equal(decimal(actual), decimal(String(expected)), `${what}: ${actual} != ${expected}`);
}

/** A plain decimal string in one spelling: no leading zeros, no trailing fraction zeros, no "-0". */
function decimal(text) {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  assert.ok(match && (match[2] || match[3]), `"${text}" is a plain decimal`);
  const whole = match[2].replace(/^0+(?=\d)/, "") || "0";
  const fraction = (match[3] ?? "").replace(/0+$/, "");
  const value = fraction ? `${whole}.${fraction}` : whole;
  return match[1] === "-" && value !== "0" ? `-${value}` : value;
}
