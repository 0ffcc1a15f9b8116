// Progress that is never lost: every storage fault with the browser's real behaviour. Progress
// comes from importing files two "phones" exported (tests/e2e/fixtures, written by
// `export` in passage-core: see crates/core/tests/e2e_progress_fixtures.rs).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, watchedContext, assertClean, waitForApp, screenshot, ROOT_URL } from "./harness.mjs";

const fixture = (name) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const PHONE_A = fixture("phone-a.json");
const PHONE_B = fixture("phone-b.json");
const NEWER = fixture("newer-version.json");

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Fluent isolates numbers with U+2068 and U+2069. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

async function counts(page) {
  return [
    plain(await page.locator(".my-data-items").innerText()),
    plain(await page.locator(".my-data-lessons").innerText()),
  ];
}

async function openMyData(page) {
  await page.goto(ROOT_URL + "#/data");
  await waitForApp(page);
  await page.getByRole("heading", { name: "My data", level: 1 }).waitFor();
}

async function importFile(page, path) {
  await page.getByLabel("Import progress from a file").setInputFiles(path);
}

async function exportProgress(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export progress" }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

const storedKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("passage.")).sort());

test("progress survives a reload, and the footer leads to My data", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL);
  await waitForApp(page);
  await page.getByRole("link", { name: "My data" }).click();
  await page.getByRole("heading", { name: "My data", level: 1 }).waitFor();
  assert.deepEqual(await counts(page), ["0 items studied", "0 lessons done"]);
  await importFile(page, PHONE_A);
  await page.getByText("Progress imported.").waitFor();
  assert.deepEqual(await counts(page), ["2 items studied", "One lesson done"]);
  assert.ok(await page.evaluate(() => localStorage.getItem("passage.progress.a")), "saved in slot A");
  await page.reload();
  await waitForApp(page);
  await page.getByRole("heading", { name: "My data", level: 1 }).waitFor();
  assert.deepEqual(await counts(page), ["2 items studied", "One lesson done"]);
  assert.equal(await page.locator(".storage-notice").count(), 0, "no notice when all is well");
  await assertClean(page, problems);
  await context.close();
});

test("a corrupted slot: the app starts, tells the learner, keeps the bytes aside and exports exactly them", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(ROOT_URL);
  await waitForApp(page);
  const good = readFileSync(PHONE_A, "utf8");
  // A cut-off write, with characters outside ASCII to check "byte for byte".
  const corrupted = good.slice(0, 150) + "\u00e9\u062a\u{1F600}";
  await page.evaluate((text) => localStorage.setItem("passage.progress.a", text), corrupted);
  await page.reload();
  await waitForApp(page);
  const notice = page.locator(".storage-notice-damaged");
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be read\. It is kept safely on this device/);
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.aside.0")), corrupted);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    notice.getByRole("button", { name: "Export it" }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), "utf8"), corrupted, "the file holds exactly the raw text");
  await screenshot(page, "storage-damaged-en-320");
  // Studying on saves into the other slot; the copy aside is never touched.
  await page.goto(ROOT_URL + "#/data");
  await importFile(page, PHONE_B);
  await page.getByText("Progress imported.").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.aside.0")), corrupted);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.aside.0")), corrupted);
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.aside.1")), null,
    "the slot was reused only after its text was set aside, so nothing is set aside twice");
  assert.equal(await page.locator(".storage-notice-damaged").count(), 0, "the good copy loads");
  await assertClean(page, problems);
  await context.close();
});

test("storage full: the learner is told, studying goes on in memory, what was saved is unchanged", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await openMyData(page);
  await importFile(page, PHONE_A);
  await page.getByText("Progress imported.").waitFor();
  const saved = await page.evaluate(() => localStorage.getItem("passage.progress.a"));
  assert.ok(saved);
  const thrown = await page.evaluate(() => {
    let size = 1 << 20;
    let index = 0;
    while (size > 0) {
      try {
        localStorage.setItem(`filler.${index}`, "x".repeat(size));
        index += 1;
      } catch (error) {
        if (error.name !== "QuotaExceededError") throw error;
        size = Math.floor(size / 2);
      }
    }
    try {
      localStorage.setItem("probe", "x");
      return "nothing";
    } catch (error) {
      return error.name;
    }
  });
  assert.equal(thrown, "QuotaExceededError", "storage is really full");
  await importFile(page, PHONE_B);
  const notice = page.locator(".storage-notice-not-saved");
  await notice.waitFor();
  assert.match(await notice.innerText(), /not being saved on this device: its storage is full\. You can keep studying/);
  assert.deepEqual(await counts(page), ["5 items studied", "2 lessons done"], "the import works in memory");
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.a")), saved, "slot A unchanged");
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.b")), null);
  await page.getByRole("link", { name: "Passage" }).first().click();
  // Home greets a returning learner ("Welcome back"), a new one with the app's name.
  await page.waitForFunction(() => location.hash === "#/" || location.hash === "");
  await page.locator("main h1").first().waitFor();
  assert.ok(await notice.isVisible(), "the notice stays on every screen");
  await screenshot(page, "storage-full-en");
  await assertClean(page, problems);
  await context.close();
});

test("storage blocked (localStorage throws): the app starts, says so, and works in memory", async () => {
  const { context, problems } = await watchedContext(browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const page = await context.newPage();
  await openMyData(page);
  const notice = page.locator(".storage-notice-not-saved");
  await notice.waitFor();
  assert.match(await notice.innerText(), /not being saved on this device: this browser does not allow it/);
  await importFile(page, PHONE_A);
  await page.getByText("Progress imported.").waitFor();
  assert.deepEqual(await counts(page), ["2 items studied", "One lesson done"]);
  const exported = await exportProgress(page);
  assert.match(exported.text, /"format":"passage-progress"/, "the learner can still export");
  await assertClean(page, problems);
  await context.close();
});

test("export on one phone, import on another: progress from both is kept; a foreign file changes nothing", async () => {
  const first = await watchedContext(browser);
  const pageA = await first.context.newPage();
  await openMyData(pageA);
  await importFile(pageA, PHONE_A);
  await pageA.getByText("Progress imported.").waitFor();
  const exported = await exportProgress(pageA);
  assert.match(exported.name, /^passage-progress-\d{4}-\d{2}-\d{2}\.json$/);
  await assertClean(pageA, first.problems);
  await first.context.close();

  const second = await watchedContext(browser);
  const pageB = await second.context.newPage();
  await openMyData(pageB);
  await importFile(pageB, PHONE_B);
  await pageB.getByText("Progress imported.").waitFor();
  assert.deepEqual(await counts(pageB), ["3 items studied", "One lesson done"]);
  await pageB.getByLabel("Import progress from a file").setInputFiles({
    name: "progress.json",
    mimeType: "application/json",
    buffer: Buffer.from(exported.text),
  });
  await pageB.waitForFunction(() =>
    document.querySelector(".my-data-items")?.textContent.replace(/[\u2068\u2069]/g, "") === "5 items studied"
  );
  assert.deepEqual(await counts(pageB), ["5 items studied", "2 lessons done"], "merged, not overwritten");
  const before = await pageB.evaluate(() => [localStorage.getItem("passage.progress.a"), localStorage.getItem("passage.progress.b")]);
  await pageB.getByLabel("Import progress from a file").setInputFiles({
    name: "photo.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await pageB.getByRole("alert").getByText("This file is not Passage progress. Nothing was changed.").waitFor();
  await pageB.getByLabel("Import progress from a file").setInputFiles({
    name: "damaged.json",
    mimeType: "application/json",
    buffer: Buffer.from(exported.text.replace('"ok":1', '"ok":9')),
  });
  await pageB.getByRole("alert").getByText("This file is damaged and could not be read. Nothing was changed.").waitFor();
  assert.deepEqual(await counts(pageB), ["5 items studied", "2 lessons done"]);
  assert.deepEqual(
    await pageB.evaluate(() => [localStorage.getItem("passage.progress.a"), localStorage.getItem("passage.progress.b")]),
    before,
    "nothing was saved"
  );
  await pageB.reload();
  await waitForApp(pageB);
  await pageB.getByRole("heading", { name: "My data", level: 1 }).waitFor();
  assert.deepEqual(await counts(pageB), ["5 items studied", "2 lessons done"]);
  await assertClean(pageB, second.problems);
  await second.context.close();
});

test("delete all my data asks to confirm, then clears progress, copies and language choices", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await openMyData(page);
  await importFile(page, PHONE_A);
  await page.getByText("Progress imported.").waitFor();
  await page.evaluate(() => {
    localStorage.setItem("passage.progress.aside.0", "old damaged copy");
    localStorage.setItem("passage.learner-language", "ar");
  });
  assert.ok((await storedKeys(page)).length >= 3);
  assert.match(await page.locator(".my-data-delete").innerText(), /your progress in every pack, copies of progress that could not be read, and your language choices/);
  await page.getByRole("button", { name: "Delete all my data" }).click();
  const confirm = page.getByRole("button", { name: "Yes, delete everything" });
  await confirm.waitFor();
  assert.equal(
    await page.evaluate(() => document.activeElement?.className),
    "my-data-delete-question",
    "focus moves to the question"
  );
  await screenshot(page, "storage-delete-confirm-en-320");
  await page.getByRole("button", { name: "Cancel" }).click();
  assert.deepEqual(await counts(page), ["2 items studied", "One lesson done"], "cancel deletes nothing");
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await confirm.click();
  await page.getByText("All your data was deleted from this device.").waitFor();
  assert.deepEqual(await counts(page), ["0 items studied", "0 lessons done"]);
  assert.deepEqual(await storedKeys(page), []);
  await page.reload();
  await waitForApp(page);
  await page.getByRole("heading", { name: "My data", level: 1 }).waitFor();
  assert.deepEqual(await counts(page), ["0 items studied", "0 lessons done"]);
  await assertClean(page, problems);
  await context.close();
});

test("My data in Arabic at 320 px: right to left, no sideways scrolling", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 640 } });
  await context.addInitScript(() => {
    if (location.protocol.startsWith("http")) localStorage.setItem("passage.interface-language", "ar");
  });
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/data");
  await waitForApp(page);
  await page.getByRole("heading", { name: "بياناتي", level: 1 }).waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  await screenshot(page, "storage-my-data-ar-320");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const widest = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().left < 0 || element.getBoundingClientRect().right > window.innerWidth)
      .map((element) => element.className || element.tagName)
      .join(", ")
  );
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen: ${widest}`);
  await assertClean(page, problems);
  await context.close();
});

test("progress saved by a newer version: the app starts, says so, and never writes over it", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL);
  await waitForApp(page);
  const newer = readFileSync(NEWER, "utf8").trim();
  await page.evaluate((text) => localStorage.setItem("passage.progress.a", text), newer);
  await page.reload();
  await openMyData(page);
  const notice = page.locator(".storage-notice");
  await notice.first().waitFor();
  assert.match(await page.locator(".storage-notices").innerText(), /newer version of Passage/);
  // Studying goes on in memory: an import changes what is shown, not what is stored.
  await importFile(page, PHONE_B);
  await page.waitForFunction(() => document.querySelector(".my-data-items")?.textContent.includes("3"));
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.a")), newer, "kept as it was");
  assert.equal(await page.evaluate(() => localStorage.getItem("passage.progress.b")), null, "nothing written beside it");
  const progressKeys = (await storedKeys(page)).filter((key) => key.startsWith("passage.progress"));
  assert.deepEqual(progressKeys, ["passage.progress.a"], "nothing set aside");
  await page.reload();
  await waitForApp(page);
  await page.locator(".storage-notices").waitFor();
  assert.match(await page.locator(".storage-notices").innerText(), /newer version of Passage/);
  await assertClean(page, problems);
  await context.close();
});
