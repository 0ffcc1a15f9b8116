// A new build deployed while a page is open: the page is offered the update, keeps running its own
// version until the learner reloads, and then runs the new one.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, rmSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { launch, watchedContext, assertClean, waitForApp, waitForServiceWorker, UPDATE_URL, UPDATE_DIR, NEXT_DIR } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Replaces the served site with the next build, as a host's deploy does. */
function deployNextBuild() {
  for (const name of readdirSync(UPDATE_DIR)) rmSync(join(UPDATE_DIR, name), { recursive: true });
  cpSync(NEXT_DIR, UPDATE_DIR, { recursive: true });
}

async function catalogTitles(page) {
  return page.evaluate(async () => {
    const catalog = await (await fetch("packs/index.json")).json();
    return catalog.packs.map((pack) => pack.title.en);
  });
}

test("a new build is offered as an update, never mixed in, and runs after reload", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(UPDATE_URL + "#/packs");
  await waitForApp(page);
  await waitForServiceWorker(page);
  const oldWorker = await page.evaluate(async () => (await fetch("sw.js", { cache: "no-store" })).text());
  assert.ok(!(await catalogTitles(page)).includes("Pack of the second build"));

  deployNextBuild();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.getByRole("status").filter({ hasText: "Update available" });
  await banner.waitFor();

  // Still the old version: its files come from its own cache, though the server has new ones.
  assert.ok(!(await catalogTitles(page)).includes("Pack of the second build"), "no new file before reload");
  await page.getByRole("link", { name: "Passage", exact: true }).click();
  await page.getByRole("link", { name: "Start learning" }).click();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  assert.equal(await page.getByText("Pack of the second build").count(), 0);

  await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload" }).click()]);
  await waitForApp(page);
  await page.getByRole("link", { name: "Pack of the second build" }).waitFor();
  assert.ok((await catalogTitles(page)).includes("Pack of the second build"));
  assert.equal(await page.getByText("Update available").count(), 0, "the notice is gone after reload");
  const newWorker = await page.evaluate(async () => (await fetch("sw.js", { cache: "no-store" })).text());
  assert.notEqual(newWorker, oldWorker);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.filter((key) => key.startsWith("passage-shell-")).length, 1, "the old cache is removed");
  await assertClean(page, problems);
  await context.close();
});
