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
  // The pack screen lists the pack's lessons, so it downloads the pack: visit it once online.
  await page.goto(ROOT_URL + "#/packs/welcome");
  await page.getByRole("link", { name: "First words" }).waitFor();
  await page.goto(ROOT_URL + "#/");
  await waitForApp(page);

  await context.setOffline(true);
  const failedRequests = [];
  page.on("requestfailed", (request) => {
    // The browser itself fetches the tab's favicon, outside the service worker ("other"); a
    // missing tab icon offline is no failure of the app.
    // A fetch cut short by the test's own reload is aborted, not failed for want of a network.
    const aborted = request.failure()?.errorText === "net::ERR_ABORTED";
    if (request.resourceType() !== "other" && !aborted) {
      failedRequests.push(`${request.resourceType()} ${request.url()}`);
    }
  });
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator("h1").innerText(), "Passage");
  const logoLoaded = await page.locator(".brand-mark").evaluate((img) => img.complete && img.naturalWidth > 0);
  assert.ok(logoLoaded, "the header's logo came from the cache");

  await page.getByRole("link", { name: "Start learning" }).click();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  // A deep link opened offline, as from a bookmark.
  await page.goto(ROOT_URL + "#/packs/welcome");
  await page.getByRole("heading", { name: "Welcome to Passage" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "Welcome to Passage" }).waitFor();
  assert.deepEqual(failedRequests, [], "every file came from the offline cache");
  assert.deepEqual(problems.console, []);
  await context.close();
});
