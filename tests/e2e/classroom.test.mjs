// Teachers and their classes: a teacher makes an assignment on the teachers' page, a learner
// opens its link on a second phone, accepts it, studies and sends a receipt, and the teacher sees
// the learner's row; the teachers' page passes axe, fits 320 px and works offline once opened.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  launch,
  watchedContext,
  assertClean,
  assertAccessible,
  waitForApp,
  waitForServiceWorker,
  screenshot,
  answerOne,
  ROOT_URL,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const plain = (text) => text.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

/** The teacher makes an assignment of the German pack and returns its link. */
async function makeAssignment(page) {
  await page.goto(ROOT_URL + "teach.html");
  await waitForApp(page);
  await page.getByRole("checkbox", { name: /German first steps/ }).check();
  await page.getByLabel("Class name").fill("German A1 Monday");
  await page.getByLabel("Due date (optional)").fill("2030-06-30");
  await page.getByLabel("Message to the class (optional)").fill("Please do the first lesson.");
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = await page.getByLabel("Link for the class").inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/assign\/[A-Za-z0-9_-]+$/, link);
  return link;
}

test("the teachers' page makes an assignment link with a QR code, and checks the form first", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(ROOT_URL + "teach.html");
  await waitForApp(page);
  assert.equal(await page.locator("h1").innerText(), "Make an assignment");
  await page.getByRole("checkbox", { name: /German first steps/ }).waitFor();
  await assertAccessible(page, "the assignment form");

  // Nothing chosen: every problem is named at once.
  await page.getByRole("button", { name: "Make the link" }).click();
  const problemsShown = plain(await page.locator(".problem[role=alert]").innerText());
  assert.match(problemsShown, /Give the class a name/);
  assert.match(problemsShown, /Choose at least one lesson pack/);

  const link = await makeAssignment(page);
  assert.ok(link.length < 200, `a short link: ${link}`);
  assert.equal(await page.locator("figure.qr svg path").count(), 1, "a QR code drawn in the page");
  const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(noScroll, "no sideways scrolling at 320 px");
  await screenshot(page, "teach-link-320");
  await assertAccessible(page, "the finished assignment");

  // The class is waiting in the overview.
  await page.getByRole("link", { name: "Class overview" }).click();
  await page.getByRole("heading", { name: "German A1 Monday" }).waitFor();
  assert.match(plain(await page.locator(".class-card").innerText()), /No receipts yet/);
  await assertAccessible(page, "the class overview");
  await assertClean(page, problems);
  await context.close();
});

test("the teachers' page works offline once opened, and learners' phones never download it", async () => {
  const { context, problems } = await watchedContext(browser);
  const learner = await context.newPage();
  const fetched = [];
  learner.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await learner.goto(ROOT_URL);
  await waitForApp(learner);
  await waitForServiceWorker(learner);
  await learner.waitForLoadState("networkidle");
  assert.deepEqual(
    fetched.filter((path) => /teach/.test(path)),
    [],
    "the learner's app and its worker fetch nothing of the teachers' page"
  );

  const page = await context.newPage();
  await page.goto(ROOT_URL + "teach.html#/class");
  await waitForApp(page);
  await page.waitForLoadState("networkidle");
  // The worker caches the page's files in the background: give it a moment.
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    for (const name of names) {
      const cache = await caches.open(name);
      const keys = await cache.keys();
      if (keys.some((request) => /passage-teach-.*\.wasm$/.test(request.url))) return true;
    }
    return false;
  });
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator("h1").innerText(), "Class overview");
  await context.setOffline(false);
  await assertClean(page, problems);
  await context.close();
});

test("an assignment goes to a second phone by link, and comes back as a receipt the teacher imports", async () => {
  const teacherSide = await watchedContext(browser, { acceptDownloads: true });
  const teacher = await teacherSide.context.newPage();
  await teacher.goto(ROOT_URL + "teach.html");
  await waitForApp(teacher);
  await teacher.getByRole("checkbox", { name: /Welcome to Passage/ }).check();
  await teacher.getByLabel("Class name").fill("Evening class");
  await teacher.getByLabel("Message to the class (optional)").fill("Start with the first words.");
  await teacher.getByRole("button", { name: "Make the link" }).click();
  const link = await teacher.getByLabel("Link for the class").inputValue();

  // The learner's phone: a fresh browser that has never seen Passage.
  const learnerSide = await watchedContext(browser, { viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const learner = await learnerSide.context.newPage();
  await learner.goto(link);
  await waitForApp(learner);
  assert.match(plain(await learner.locator("main").innerText()), /Evening class/);
  assert.match(plain(await learner.locator("main").innerText()), /Start with the first words\./);
  await assertAccessible(learner, "the assignment on the learner's phone");
  await learner.getByRole("button", { name: "Accept the assignment" }).click();
  await learner.getByRole("link", { name: "Start studying" }).click();
  await learner.waitForURL(/#\/packs\/welcome/);
  if (!(await learner.locator("progress.lesson-progress").count())) {
    await learner.locator(".lesson-card a").first().click();
  }
  await learner.locator("progress.lesson-progress").waitFor();
  for (let step = 0; step < 60 && !(await learner.locator(".summary").count()); step++) {
    await answerOne(learner);
  }
  await learner.locator(".summary").waitFor();

  // Home lists the assignment; its receipt says what it shares before anything is shared.
  await learner.goto(ROOT_URL + "#/");
  await learner.getByRole("link", { name: /Send your progress/ }).first().click();
  await learner.locator(".receipt-name").fill("Amina");
  const shares = plain(await learner.locator(".receipt-contents").innerText());
  assert.match(shares, /Your name: Amina/);
  assert.match(shares, /lessons done: 1 of 1/);
  const code = (await learner.locator("textarea.receipt-code").inputValue()).trim();
  await assertAccessible(learner, "the receipt");
  assert.match(code, /^PSG-[0-9A-Z-]+$/, code);
  const [download] = await Promise.all([
    learner.waitForEvent("download"),
    learner.getByRole("button", { name: "Save as file" }).click(),
  ]);
  const file = await download.path();
  assert.equal(readFileSync(file, "utf8").trim(), code, "the file holds the same receipt");
  await assertClean(learner, learnerSide.problems);

  // Back on the teacher's device: the code pasted from a chat, then the same receipt as a file.
  await teacher.getByRole("link", { name: "Class overview" }).click();
  await teacher.getByLabel("Paste receipts").fill(`Amina wrote: ${code} thanks!`);
  await teacher.getByRole("button", { name: "Add receipts" }).click();
  assert.match(plain(await teacher.locator(".import-results").innerText()), /Amina: added to Evening class/);
  const row = plain(await teacher.locator(".class-table tbody tr").first().innerText());
  assert.match(row, /Amina/);
  assert.match(row, /1 of 1/);
  await teacher.locator("input[type=file]").setInputFiles(file);
  await teacher.locator(".import-results", { hasText: /already in \W?Evening class/ }).waitFor();
  assert.equal(await teacher.locator(".class-table tbody tr").count(), 1, "one row per learner");

  const [csv] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("button", { name: "Download as CSV" }).click(),
  ]);
  const table = readFileSync(await csv.path(), "utf8");
  assert.match(table.split("\r\n")[1], /^Amina,1,1,/, table);
  await assertClean(teacher, teacherSide.problems);
  await learnerSide.context.close();
  await teacherSide.context.close();
});
