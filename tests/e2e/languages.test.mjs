// The interface in other languages: switching through English, Arabic, Ukrainian and Tigrinya on
// every screen (lang, dir, a translated heading, no raw message id), the choice surviving a reload,
// first-start negotiation from the browser's languages, and a chosen language offline.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  launch,
  watchedContext,
  assertClean,
  waitForApp,
  waitForServiceWorker,
  screenshot,
  ROOT_URL,
} from "./harness.mjs";

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");

/** Every message of a locale's Fluent files, id → text (simple values; enough to compare). */
function messages(tag) {
  const result = new Map();
  for (const file of readdirSync(join(LOCALES, tag)).filter((name) => name.endsWith(".ftl"))) {
    for (const line of readFileSync(join(LOCALES, tag, file), "utf8").split("\n")) {
      const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (match) result.set(match[1], match[2]);
    }
  }
  return result;
}

const MESSAGE_IDS = new Set(messages("en").keys());

const LANGUAGES = [
  { tag: "en", dir: "ltr", endonym: "English" },
  { tag: "ar", dir: "rtl", endonym: "العربية" },
  { tag: "uk", dir: "ltr", endonym: "Українська" },
  { tag: "ti", dir: "ltr", endonym: "ትግርኛ" },
];

/** Each screen, and the message its main heading shows (null: the pack's own title). */
const SCREENS = [
  { hash: "#/", name: "home", heading: null, h2: "home-offline-title" },
  { hash: "#/packs", name: "packs", heading: "packs-title" },
  { hash: "#/packs/welcome", name: "pack", heading: null, text: "pack-target" },
  { hash: "#/packs/welcome/first-words", name: "lesson", heading: null },
  { hash: "#/review", name: "review", heading: "learn-review-title" },
  { hash: "#/data", name: "my-data", heading: "my-data-title" },
  { hash: "#/no/such/screen", name: "not-found", heading: "not-found-title" },
];

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function choose(page, language) {
  await page.locator(".language-picker summary").click();
  await page.locator(`.language-option[lang="${language.tag}"]`).click();
  await page.waitForFunction((tag) => document.documentElement.lang === tag, language.tag);
}

/** No word of the page is a message id (such as `home-start`), and no placeholder shows. */
async function assertNoRawIds(page, where) {
  const text = await page.locator("body").innerText();
  const words = text.match(/\b[a-z]+(-[a-z]+)+\b/g) || [];
  const raw = words.filter((word) => MESSAGE_IDS.has(word));
  assert.deepEqual(raw, [], `${where}: raw message ids on the page`);
}

test("switching through English, Arabic, Ukrainian and Tigrinya translates every screen at once", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(ROOT_URL);
  await waitForApp(page);
  const loads = [];
  page.on("load", () => loads.push(page.url()));
  for (const language of LANGUAGES) {
    const translated = messages(language.tag);
    await choose(page, language);
    for (const screen of SCREENS) {
      await page.goto(ROOT_URL + screen.hash);
      await waitForApp(page);
      await page.waitForLoadState("networkidle");
      const where = `${language.tag} ${screen.name}`;
      assert.equal(await page.locator("html").getAttribute("lang"), language.tag, where);
      assert.equal(await page.locator("html").getAttribute("dir"), language.dir, where);
      if (screen.heading) {
        await page.getByRole("heading", { level: 1, name: translated.get(screen.heading) }).waitFor();
      }
      if (screen.h2) {
        await page.getByRole("heading", { level: 2, name: translated.get(screen.h2) }).waitFor();
      }
      if (screen.text) {
        await page.getByText(translated.get(screen.text), { exact: true }).waitFor();
      }
      assert.equal(
        (await page.locator(".language-picker-current").innerText()).trim(),
        language.endonym,
        `${where}: the picker names the language in itself`
      );
      await assertNoRawIds(page, where);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${where}: the page is ${overflow}px wider than the screen`);
      await screenshot(page, `language-${language.tag}-${screen.name}-320`);
    }
  }
  // The draft note invites corrections in the draft languages only.
  assert.equal(await page.locator(".draft-note").count(), 1, "Tigrinya is a draft");
  await choose(page, LANGUAGES[0]);
  assert.equal(await page.locator(".draft-note").count(), 0, "English is the source");
  await assertClean(page, problems);
  await context.close();
});

test("switching needs no reload, and the choice survives one", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  let navigations = 0;
  page.on("framenavigated", (frame) => frame === page.mainFrame() && navigations++);
  await choose(page, LANGUAGES[1]);
  await page.getByRole("heading", { level: 1, name: messages("ar").get("packs-title") }).waitFor();
  assert.equal(navigations, 0, "the page did not reload");
  // The picker's panel closed and focus went back to its button.
  assert.equal(await page.locator(".language-picker").getAttribute("open"), null);

  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator("html").getAttribute("lang"), "ar");
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  await page.getByRole("heading", { level: 1, name: messages("ar").get("packs-title") }).waitFor();
  await screenshot(page, "language-ar-packs-desktop");
  await assertClean(page, problems);
  await context.close();
});

test("on first start the language is negotiated from the browser's languages", async () => {
  for (const [locale, tag, dir] of [
    ["ar", "ar", "rtl"],
    ["fa-AF", "fa", "rtl"],
    ["ti-ER", "ti", "ltr"],
    ["pt-BR", "en", "ltr"],
  ]) {
    const { context, problems } = await watchedContext(browser, { locale });
    const page = await context.newPage();
    await page.goto(ROOT_URL);
    await waitForApp(page);
    assert.equal(await page.locator("html").getAttribute("lang"), tag, locale);
    assert.equal(await page.locator("html").getAttribute("dir"), dir, locale);
    await page
      .getByRole("link", { name: messages(tag).get("home-start") })
      .waitFor({ timeout: 5000 });
    await assertNoRawIds(page, locale);
    await assertClean(page, problems);
    await context.close();
  }
});

test("a language chosen once works offline, and only that language was downloaded", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  const locales = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes("/locales/")) locales.push(path);
  });
  await page.goto(ROOT_URL);
  await waitForApp(page);
  await waitForServiceWorker(page);
  await choose(page, LANGUAGES[3]);
  assert.deepEqual(
    [...new Set(locales)].filter((path) => !path.startsWith("/locales/ti/")),
    [],
    "no other language is fetched"
  );
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator("html").getAttribute("lang"), "ti");
  await page.getByRole("link", { name: messages("ti").get("home-start") }).waitFor();
  await page.goto(ROOT_URL + "#/packs");
  await page.getByRole("heading", { level: 1, name: messages("ti").get("packs-title") }).waitFor();
  // A language never chosen cannot load offline: the app says so and keeps the current one.
  await page.locator(".language-picker summary").click();
  await page.locator('.language-option[lang="de"]').click();
  await page.getByText(messages("ti").get("language-unavailable")).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "ti");
  // The failed fetch is logged by the browser as a network error; nothing else may be.
  const others = problems.console.filter((line) => !/Failed to load resource|Failed to fetch/.test(line));
  assert.deepEqual(others, []);
  await context.close();
});

test("the learner's language for packs can differ from the interface", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  const select = page.getByLabel(messages("en").get("learner-language-label"));
  await select.selectOption("uk");
  await page.getByRole("link", { name: "Ласкаво просимо до Passage" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en", "the interface stays English");
  // The welcome pack has no Tigrinya: the app says so, in the interface language.
  await select.selectOption("ti");
  await page.locator(".pack-note").first().waitFor();
  assert.match(await page.locator(".pack-note").first().innerText(), /ትግርኛ/);
  await screenshot(page, "learner-language-ti");
  await select.selectOption("");
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  await assertClean(page, problems);
  await context.close();
});
