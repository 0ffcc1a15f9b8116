// The same build served under a sub-folder (as on GitHub Pages or an NGO's site), on a host with
// no rewrite rules.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchedContext, assertClean, waitForApp, waitForServiceWorker, FOLDER_URL } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("under /passage/ the app loads, navigates, and a deep link survives a reload", async () => {
  assert.match(FOLDER_URL, /\/passage\/$/);
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(FOLDER_URL);
  await waitForApp(page);

  await page.getByRole("link", { name: "Start learning" }).click();
  await page.getByRole("link", { name: "Welcome to Passage" }).click();
  await page.getByRole("heading", { name: "Welcome to Passage" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/passage/");
  assert.equal(new URL(page.url()).hash, "#/packs/welcome");

  await page.reload();
  await page.getByRole("heading", { name: "Welcome to Passage" }).waitFor();
  await page.goBack();
  await page.getByRole("heading", { name: "Lesson packs" }).waitFor();

  const outside = requested.filter((path) => !path.startsWith("/passage/"));
  assert.deepEqual(outside, [], "every request stays inside the sub-folder");
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, "/passage/");
  await assertClean(page, problems);
  await context.close();
});

test("an unknown address shows a way back, not a blank page", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(FOLDER_URL + "#/no/such/screen");
  await page.getByRole("heading", { name: "Page not found" }).waitFor();
  await page.getByRole("link", { name: "Go to the start" }).click();
  await page.getByRole("heading", { name: "Passage" }).waitFor();
  await assertClean(page, problems);
  await context.close();
});
