// A town hosts Passage under /town/ and edits its settings file (site.json) as its staff would,
// with no rebuild: its name, logo, colours and local help directory show, the directory works
// offline, a change shows on the next visit, the default language applies, and a broken file is
// explained while the app keeps working.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  launch,
  watchedContext,
  assertClean,
  waitForApp,
  waitForServiceWorker,
  assertAccessible,
  screenshot,
  required,
} from "./harness.mjs";

const TOWN_URL = required("PASSAGE_TOWN_URL");
const TOWN_DIR = required("PASSAGE_TOWN_DIR");
const SETTINGS = join(TOWN_DIR, "site.json");

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40" viewBox="0 0 80 40">
<rect width="80" height="40" fill="#1a4d8f"/></svg>`;

const TOWN = {
  format_version: 1,
  name: { en: "Welcome to Example Town", de: "Willkommen in Beispielstadt" },
  logo: "images/town.svg",
  colours: { accent: "#1a4d8f" },
  default_language: "de",
  help: [
    {
      name: "Town Legal Aid",
      offers: { en: "Free advice on residence permits.", de: "Kostenlose Beratung zum Aufenthalt." },
      categories: ["legal-advice"],
      languages: ["de", "en", "ar"],
      address: "Market Square 1, Example Town",
      phone: "+49 30 1234567",
      opening_hours: "Mon–Fri 9:00–13:00",
      map: "https://www.openstreetmap.org/?mlat=52.5&mlon=13.4",
    },
    {
      name: "Health Centre for Newcomers",
      offers: { en: "Doctors who speak Arabic and Dari." },
      categories: ["health"],
      languages: ["ar", "fa-AF"],
      email: "info@health.example.org",
    },
  ],
};

function writeSettings(settings) {
  writeFileSync(SETTINGS, typeof settings === "string" ? settings : JSON.stringify(settings, null, 2));
}

let browser;
let shipped;
before(async () => {
  browser = await launch();
  shipped = readFileSync(SETTINGS, "utf8");
  mkdirSync(join(TOWN_DIR, "images"), { recursive: true });
  writeFileSync(join(TOWN_DIR, "images", "town.svg"), LOGO);
});
after(async () => {
  writeSettings(shipped);
  await browser?.close();
});

/** The rendered text of an element, without Fluent's isolation marks. */
async function textOf(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, "");
}

test("the town's settings apply without a rebuild, and its help directory works offline", async () => {
  writeSettings(TOWN);
  const { context, problems } = await watchedContext(browser, { locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(TOWN_URL);
  await waitForApp(page);
  assert.equal(await textOf(page.locator(".brand-name")), "Welcome to Example Town");
  assert.equal(await page.title(), "Welcome to Example Town");
  const logo = page.locator(".brand img");
  assert.equal(await logo.getAttribute("src"), "images/town.svg");
  assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), "the logo loads");
  const buttonColour = await page
    .locator(".button-primary")
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.equal(buttonColour, "rgb(26, 77, 143)", "the town's colour on the main button");
  // English in the browser is the learner's choice: the site's default language does not override it.
  assert.equal(await page.locator("html").getAttribute("lang"), "en");

  await page.getByRole("link", { name: "Where to get help" }).first().click();
  await page.getByRole("heading", { name: "Where to get help" }).waitFor();
  const names = page.locator(".help-org h2");
  assert.deepEqual(await names.allInnerTexts(), ["Town Legal Aid", "Health Centre for Newcomers"]);
  const legal = page.locator(".help-org").first();
  assert.match(await textOf(legal), /Free advice on residence permits\./);
  assert.match(await textOf(legal), /Languages spoken: Deutsch, English, العربية/);
  assert.equal(await legal.getByRole("link", { name: "+49 30 1234567" }).getAttribute("href"), "tel:+49301234567");
  await page.getByLabel("Kind of help").selectOption("health");
  assert.deepEqual(await names.allInnerTexts(), ["Health Centre for Newcomers"]);
  await page.getByLabel("Kind of help").selectOption("");
  await assertAccessible(page, "the help directory");
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, "the directory fits 320 px without sideways scrolling");
  await screenshot(page, "help-directory-320");

  // Offline, the directory, the name and the logo come from the worker's copies.
  await waitForServiceWorker(page);
  await page.reload();
  await waitForApp(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { name: "Where to get help" }).waitFor();
  assert.deepEqual(await names.allInnerTexts(), ["Town Legal Aid", "Health Centre for Newcomers"]);
  assert.equal(await textOf(page.locator(".brand-name")), "Welcome to Example Town");
  assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), "the logo offline");
  await context.setOffline(false);

  // The staff add an organisation: the next visit shows it, with no rebuild.
  writeSettings({
    ...TOWN,
    help: [...TOWN.help, { name: "Housing Advice Desk", categories: ["housing"], languages: ["uk"] }],
  });
  await page.reload();
  await page.getByRole("heading", { name: "Housing Advice Desk" }).waitFor();
  await assertClean(page, problems);
  await context.close();
});

test("the site's default language is used when the phone's language is not offered", async () => {
  writeSettings(TOWN);
  const { context, problems } = await watchedContext(browser, { locale: "pt-BR" });
  const page = await context.newPage();
  await page.goto(TOWN_URL);
  await waitForApp(page);
  assert.equal(await page.locator("html").getAttribute("lang"), "de");
  assert.equal(await textOf(page.locator(".brand-name")), "Willkommen in Beispielstadt");
  await assertClean(page, problems);
  await context.close();
});

test("a broken settings file is explained, and Passage works with its own settings", async () => {
  // A comma too many, as a hand edit often leaves.
  writeSettings(JSON.stringify(TOWN, null, 2).replace('"health"\n', '"health",\n'));
  const { context, problems } = await watchedContext(browser, { locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(TOWN_URL);
  await waitForApp(page);
  const notice = page.locator(".site-problems");
  await notice.waitFor();
  assert.match(await textOf(notice), /settings file has mistakes/);
  await notice.locator("summary").click();
  assert.match(await textOf(notice), /site\.json the file is not valid JSON at line \d+/);
  assert.equal(await textOf(page.locator(".brand-name")), "Passage", "the app's own name");
  await assertAccessible(page, "the notice of a broken settings file");
  // The app itself works as usual.
  await page.getByRole("link", { name: "Start learning" }).click();
  await page.getByRole("heading", { name: "Lesson packs" }).waitFor();
  await page.locator(".pack-card").first().waitFor();
  await assertClean(page, problems);
  await context.close();
});
