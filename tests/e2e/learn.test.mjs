// Studying: the welcome pack's lesson from start to summary, the home screen afterwards, and the
// same lesson offline once the pack has been fetched.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  launch,
  watchedContext,
  assertClean,
  waitForApp,
  waitForServiceWorker,
  screenshot,
  answerOne,
  ROOT_URL,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Text without Fluent's isolation marks around placed values. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

async function progressValue(page) {
  return Number(await page.locator("progress.lesson-progress").getAttribute("value"));
}

async function completeLesson(page) {
  await page.locator("progress.lesson-progress").waitFor();
  let previous = await progressValue(page);
  assert.equal(previous, 0);
  let feedbackSeen = 0;
  for (let step = 0; step < 60; step++) {
    if (await page.locator(".summary").count()) break;
    if (await answerOne(page)) feedbackSeen++;
    if (await page.locator(".summary").count()) break;
    const now = await progressValue(page);
    assert.ok(now > previous, `the progress bar moves (${previous} -> ${now})`);
    previous = now;
  }
  assert.ok(feedbackSeen > 0, "feedback appeared");
  await page.locator(".summary").waitFor();
  assert.match(plain(await page.locator(".summary .score").innerText()), /\d+/);
}

test("a learner completes the welcome lesson, then sees it on the home screen", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs/welcome");
  await waitForApp(page);
  await page.getByRole("heading", { name: "Welcome to Passage" }).waitFor();
  const lesson = page.getByRole("link", { name: "First words" });
  await lesson.waitFor();
  await screenshot(page, "learn-pack-en-320");
  await lesson.click();
  await page.locator("progress.lesson-progress").waitFor();
  await screenshot(page, "learn-lesson-en-320");
  await completeLesson(page);
  assert.match(plain(await page.locator(".summary .score").innerText()), /Your score: \d+%/);
  await screenshot(page, "learn-summary-en-320");

  await page.getByRole("link", { name: "Home" }).click();
  await page.getByRole("heading", { name: "Welcome back" }).waitFor();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  assert.match(plain(await page.locator(".streak").innerText()), /1 day in a row/);
  assert.ok(await page.getByRole("link", { name: "Continue where you left off" }).isVisible());
  await screenshot(page, "learn-home-en-320");

  await page.getByRole("link", { name: "Welcome to Passage" }).click();
  await page.locator(".lesson-done").waitFor();
  assert.match(plain(await page.locator(".lesson-done").innerText()), /Done, best score \d+%/);
  await assertClean(page, problems);
  await context.close();
});

test("in Arabic the lesson reads right to left", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 720 } });
  await context.addInitScript(() => {
    // The init script also runs on about:blank, which has no storage.
    try {
      localStorage.setItem("passage.interface-language", "ar");
    } catch (_) {}
  });
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs/welcome/first-words");
  await waitForApp(page);
  await page.locator("progress.lesson-progress").waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  await screenshot(page, "learn-lesson-ar-320");
  await answerOne(page);
  await answerOne(page);
  await screenshot(page, "learn-lesson-ar-320-later");
  await assertClean(page, problems);
  await context.close();
});

test("after one visit, a studied pack's lesson works offline", async () => {
  const { context } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL);
  await waitForApp(page);
  await waitForServiceWorker(page);
  await page.goto(ROOT_URL + "#/packs/welcome/first-words");
  await page.locator("progress.lesson-progress").waitFor();

  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await completeLesson(page);
  await context.close();
});

test("a practice test is asked like the real one: no second tries, it stops once the result is certain", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs/us-civics/practice-test");
  await waitForApp(page);
  await page.locator("progress.lesson-progress").waitFor();
  assert.match(plain(await page.locator(".exam-intro").innerText()), /up to 20 questions.*12 right answers/);
  assert.equal(await page.locator("progress.lesson-progress").getAttribute("max"), "20");
  let asked = 0;
  while (!(await page.locator(".summary").count())) {
    assert.ok(asked < 20, "never more than 20 questions");
    assert.equal(await page.locator(".again-note").count(), 0, "no second tries in a test");
    await answerOne(page);
    asked++;
  }
  const result = plain(await page.locator(".exam-result").innerText());
  const [, right, wrong] = result.match(/(\d+) right, (\d+) wrong/).map(Number);
  assert.equal(right + wrong, asked, result);
  if (result.includes("You passed")) {
    assert.equal(right, 12, "it stops at the twelfth right answer");
  } else {
    assert.ok(wrong === 9 || asked === 20, `it stops at the ninth wrong answer: ${result}`);
  }
  await screenshot(page, "practice-test-result-en");
  await assertClean(page, problems);
  await context.close();
});

test("a lesson prints as a worksheet: words with their meanings, without the app around them", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs/de-a1");
  await waitForApp(page);
  await page.locator(".lesson-print").first().click();
  await page.locator(".print-words tbody tr").first().waitFor();
  const rows = page.locator(".print-words tbody tr");
  assert.ok((await rows.count()) >= 5, "the lesson's words and phrases are listed");
  const first = await rows.first().locator("td").allInnerTexts();
  assert.equal(first.length, 2);
  assert.ok(first.every((cell) => cell.trim().length > 0), `a word and its meaning: ${first}`);
  assert.equal(await page.locator(".print-words td span[lang='de']").count(), await rows.count(), "German marked as German");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".site-header").isVisible(), false, "no app header on paper");
  assert.equal(await page.locator(".print-actions").isVisible(), false, "no buttons on paper");
  assert.ok(await page.locator(".print-words").isVisible());
  await screenshot(page, "print-worksheet-de-a1");
  await page.emulateMedia({ media: "screen" });
  // A practice test has nothing to learn from on paper, so it offers no worksheet.
  await page.goto(ROOT_URL + "#/packs/us-civics");
  await page.locator(".lesson-card").last().waitFor();
  const practice = page.locator(".lesson-card").filter({ hasText: "Practice test" });
  assert.equal(await practice.locator(".lesson-print").count(), 0);
  await assertClean(page, problems);
  await context.close();
});
