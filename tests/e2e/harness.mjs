// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, with every
// page watched for console errors, Content-Security-Policy violations and requests that leave
// 127.0.0.1. `cargo xtask test` builds the site, starts the servers and sets the PASSAGE_* variables.

import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import assert from "node:assert/strict";

export const ROOT_URL = required("PASSAGE_ROOT_URL");
export const FOLDER_URL = required("PASSAGE_FOLDER_URL");
export const UPDATE_URL = required("PASSAGE_UPDATE_URL");
export const UPDATE_DIR = required("PASSAGE_UPDATE_DIR");
export const NEXT_DIR = required("PASSAGE_NEXT_DIR");
const SCREENSHOTS = process.env.PASSAGE_SCREENSHOTS || "target/e2e/screenshots";

/** An environment variable that `cargo xtask test` sets. */
export function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the end-to-end tests with \`cargo xtask test\``);
  }
  return value;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh browser context (like a new phone) whose problems are collected:
 * `problems.console`, `problems.csp`, `problems.offHost`.
 */
export async function watchedContext(browser, options = {}) {
  const context = await browser.newContext(options);
  const problems = { console: [], csp: [], offHost: [] };
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.hostname !== "127.0.0.1") problems.offHost.push(request.url());
  });
  // CSP violations reach the page as events; collect them where the test can read them.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  context.on("page", (page) => watchPage(page, problems));
  return { context, problems };
}

function watchPage(page, problems) {
  page.on("console", (message) => {
    if (message.type() === "error") problems.console.push(message.text());
    if (/Content.Security.Policy/i.test(message.text())) problems.csp.push(message.text());
  });
  page.on("pageerror", (error) => problems.console.push(String(error)));
}

/** Fails on anything the page or the network did wrong. */
export async function assertClean(page, problems) {
  const violations = await page.evaluate(() => window.__cspViolations || []);
  assert.deepEqual([...problems.csp, ...violations], [], "Content-Security-Policy violations");
  assert.deepEqual(problems.console, [], "console errors");
  assert.deepEqual(problems.offHost, [], "requests to hosts other than 127.0.0.1");
}

/** Waits until the app (not the static start-up screen) shows its first screen. */
export async function waitForApp(page) {
  await page.locator("main#main").waitFor();
  await page.locator("h1").first().waitFor();
}

/** Waits until a service worker controls the page, so the next load can be offline. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true })
      );
    }
  });
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Answers whatever exercise is shown (not always rightly), and continues past its feedback. By
 * structure, not by words, so it works in every interface language.
 */
export async function answerOne(page) {
  const area = page.locator("#exercise-area");
  const check = area.locator(".exercise .button-primary");
  if (await area.locator(".flashcard").count()) {
    await area.locator(".flashcard .button-primary").click();
    await area.locator(".rating button").nth(2).click();
    return false;
  }
  if (await area.locator(".typing").count()) {
    await area.locator("input.answer-input").fill("hello");
    await check.click();
  } else if (await area.locator(".word-bank").count()) {
    const bank = area.locator(".tile-bank .tile");
    const count = await bank.count();
    for (let i = 0; i < count; i++) await bank.first().click();
    await check.click();
  } else if (await area.locator(".matching").count()) {
    const left = area.locator(".match-left");
    const right = area.locator(".match-right");
    const count = await left.count();
    for (let i = 0; i < count; i++) {
      await left.nth(i).click();
      await right.nth(i).click();
    }
    await check.click();
  } else if (await area.locator(".choice").count()) {
    await area.locator(".option").first().click();
    // Multiple choice waits for "Check"; single choice answers on the click.
    if (await check.count()) await check.click();
  } else {
    throw new Error("an exercise this test does not know: " + (await area.innerHTML()));
  }
  const feedback = page.locator("#feedback .feedback");
  await feedback.waitFor();
  assert.ok((await feedback.locator(".feedback-headline").innerText()).trim().length > 0);
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    "feedback",
    "focus moves to the feedback"
  );
  await feedback.locator(".button-primary").click();
  return true;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Fails on any WCAG 2 A or AA violation axe-core finds on the page as it is now. */
export async function assertAccessible(page, what) {
  // Evaluated by the test driver, not by the page: the page's CSP rightly forbids eval.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    })
  );
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`
  );
  assert.deepEqual(violations, [], `accessibility violations on ${what}`);
}
