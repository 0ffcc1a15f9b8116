// The first load: the shell renders, cleanly, and is accessible.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  launch,
  watchedContext,
  assertClean,
  assertAccessible,
  waitForApp,
  screenshot,
  ROOT_URL,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test("first load renders the shell with no console error, CSP violation or off-host request", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL);
  await waitForApp(page);
  assert.equal(await page.locator("h1").innerText(), "Passage");
  assert.equal(await page.locator("#boot").count(), 0, "the start-up screen is gone");
  const start = page.getByRole("link", { name: "Start learning" });
  assert.equal(await start.getAttribute("href"), "#/packs", "Start learning is a link");
  assert.equal(await page.getByRole("button", { name: "Update available" }).count(), 0);
  await page.locator(".language-picker summary").click();
  assert.ok(await page.locator('.language-option[lang="ar"]').isVisible(), "the language picker opens");
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.locator("html").getAttribute("dir"), "ltr");
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.name, "Passage");
  assert.ok(manifest.icons.some((icon) => icon.sizes === "512x512" && icon.purpose === "maskable"));
  await start.click();
  await page.getByRole("heading", { name: "Lesson packs" }).waitFor();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  await assertClean(page, problems);
  await context.close();
});

test("the shell fits a 320 px phone and a desktop without sideways scrolling", async () => {
  for (const [name, viewport] of [
    ["phone-320", { width: 320, height: 640 }],
    ["desktop", { width: 1280, height: 800 }],
  ]) {
    const { context, problems } = await watchedContext(browser, { viewport });
    const page = await context.newPage();
    await page.goto(ROOT_URL);
    await waitForApp(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: the page is ${overflow}px wider than the screen`);
    const start = await page.getByRole("link", { name: "Start learning" }).boundingBox();
    assert.ok(start.height >= 44, `${name}: Start learning is ${start.height}px tall, under 44px`);
    await screenshot(page, `shell-${name}`);
    await assertClean(page, problems);
    await context.close();
  }
});

test("axe-core finds no WCAG 2 A or AA violation on the shell", async () => {
  const { context } = await watchedContext(browser);
  const page = await context.newPage();
  for (const hash of ["", "#/packs", "#/packs/welcome", "#/nowhere"]) {
    await page.goto(ROOT_URL + hash);
    await waitForApp(page);
    await page.waitForLoadState("networkidle");
    await assertAccessible(page, `"${hash || "home"}"`);
  }
  await context.close();
});
