// After one visit, the app and its pack catalog load with no network.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchedContext, waitForApp, waitForServiceWorker, ROOT_URL } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("offline, a reload still renders the shell and the cached pack catalog", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL);
  await waitForApp(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const failedRequests = [];
  // A request the test's own reload cancels (net::ERR_ABORTED) is not a cache miss.
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText;
    if (reason !== "net::ERR_ABORTED") failedRequests.push(`${request.url()} (${reason})`);
  });
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator("h1").innerText(), "Passage");

  await page.getByRole("link", { name: "Start learning" }).click();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  // A deep link opened offline, as from a bookmark.
  await page.goto(ROOT_URL + "#/packs/welcome");
  await page.reload();
  await page.getByRole("heading", { name: "Welcome to Passage" }).waitFor();
  assert.deepEqual(failedRequests, [], "every file came from the offline cache");
  assert.deepEqual(problems.console, []);
  await context.close();
});
