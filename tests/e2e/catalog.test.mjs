// The catalog: finding a pack with the filters, seeing its size, downloading it for offline use
// (then studying it with no network), and removing it again.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  launch,
  watchedContext,
  assertClean,
  waitForApp,
  waitForServiceWorker,
  screenshot,
  ROOT_URL,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Text without Fluent's isolation marks, with line breaks from wrapping as spaces. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

async function shownPacks(page) {
  return page.locator(".pack-card h2").allInnerTexts();
}

test("the filters narrow the catalog, each choice offering only what the catalog has", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  await page.locator(".pack-card").first().waitFor();
  const all = await shownPacks(page);
  assert.equal(all.length, 6, all.join(" | "));
  assert.match(plain(await page.locator(".pack-count").innerText()), /6 lesson packs/);

  await page.getByLabel("Language to learn").selectOption({ label: "Deutsch" });
  const german = await shownPacks(page);
  assert.equal(german.length, 2, german.join(" | "));
  assert.ok(german.some((title) => title.startsWith("German first steps")), german.join(" | "));
  await page.getByLabel("Kind").selectOption({ label: "Life and rights" });
  assert.equal((await shownPacks(page)).length, 1);
  assert.match(plain(await page.locator(".pack-count").innerText()), /One lesson pack/);

  // Reading Spanish: no German pack is translated into it.
  await page.getByLabel("My language").selectOption({ label: "Español" });
  assert.equal((await shownPacks(page)).length, 0);
  assert.match(await page.locator(".pack-count").innerText(), /No pack matches/);
  await screenshot(page, "catalog-filtered-320");

  await page.getByRole("button", { name: "Show all packs" }).click();
  assert.equal((await shownPacks(page)).length, 6);
  assert.equal(await page.getByLabel("Kind").inputValue(), "", "the choices are reset");
  const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(noScroll, "no sideways scrolling at 320 px");
  await assertClean(page, problems);
  await context.close();
});

test("a pack downloaded for offline use shows its size, works with no network, and can be removed", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  await waitForServiceWorker(page);
  const card = page.locator(".pack-card").filter({ hasText: "German first steps" });
  const save = card.getByRole("button", { name: /Download for offline use/ });
  await save.waitFor();
  assert.match(plain(await save.innerText()), /Download for offline use · \d+ KB/);
  await save.click();
  await card.getByText("Available offline on this phone.").waitFor();
  const cached = () =>
    page.evaluate(async () => {
      const cache = await caches.open("passage-packs");
      return (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path.includes("/packs/de-a1."));
    });
  assert.equal((await cached()).length, 1, "the pack file is in the offline cache");

  // With no network, a lesson of the pack opens and works (the page reloads from the worker).
  await context.setOffline(true);
  await page.goto(ROOT_URL + "#/packs/de-a1");
  await page.reload();
  await waitForApp(page);
  await page.locator(".lesson-card a").first().click();
  await page.locator("progress.lesson-progress").waitFor();
  assert.ok(await page.locator("#exercise-area .exercise").count(), "an exercise is shown offline");
  await context.setOffline(false);

  await page.goto(ROOT_URL + "#/packs/de-a1");
  const remove = page.getByRole("button", { name: "Remove from this phone" });
  await remove.waitFor();
  await remove.click();
  await page.getByText("Removed from this phone. Your progress in this pack is kept.").waitFor();
  assert.deepEqual(await cached(), [], "the pack file is gone from the offline cache");
  await page.getByRole("button", { name: /Download for offline use/ }).waitFor();
  await assertClean(page, problems);
  await context.close();
});
