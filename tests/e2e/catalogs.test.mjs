// More catalogs and packs shared as files (issue 7): a second Passage site on another port of
// 127.0.0.1, whose catalog the learner adds, studied and saved for offline use; catalogs that are
// unreachable or slow, which never hold up the site's own packs; and a pack saved as a file on one
// phone and opened, checked and studied on another with no network at all.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import {
  launch,
  watchedContext,
  waitForApp,
  waitForServiceWorker,
  assertAccessible,
  screenshot,
  answerOne,
  ROOT_URL,
} from "./harness.mjs";

/** Text without Fluent's isolation marks around placed values. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "");
/** A message with a placed value, matched with or without Fluent's isolation marks around it. */
const withValue = (before, value, after) => {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${escape(before)}\u2068?${escape(value)}\u2069?${escape(after)}`);
};

const REGION_TITLE = "Welcome from the region";
const CHANGED_TITLE = "Changed on the way";
/** The picture the other site's pack shows with its first lesson's words: one red pixel. */
const PICTURE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);
/** Its name, as the pack tool names media: the first 16 hex digits of its SHA-256. */
const PICTURE_NAME = createHash("sha256").update(PICTURE).digest("hex").slice(0, 16) + ".png";

let browser;
let region; // { server, port }
let closedPort;

/**
 * Another organisation's site: this site's welcome pack with its own title (so different bytes,
 * listed apart) and a picture on each word of its first lesson, under `/region/packs/`, sent with
 * `Access-Control-Allow-Origin` as docs/ asks of hosts of extra catalogs; and
 * `/slow/packs/index.json`, which never answers.
 */
async function startRegionSite() {
  const catalog = await (await fetch(new URL("packs/index.json", ROOT_URL))).json();
  const entry = catalog.packs.find((pack) => pack.id === "welcome");
  const pack = await (await fetch(new URL(`packs/${entry.file}`, ROOT_URL))).json();
  pack.meta.title = { en: REGION_TITLE };
  const words = pack.lessons[0].items.filter((item) => item.type === "word");
  assert.ok(words.length > 0, "the welcome pack's first lesson has words");
  for (const word of words) word.image = PICTURE_NAME;
  const packText = JSON.stringify(pack);
  const regionEntry = {
    ...entry,
    title: { en: REGION_TITLE },
    file: "welcome.region.json",
    size_bytes: Buffer.byteLength(packText),
    media_bytes: PICTURE.length,
    sha256: createHash("sha256").update(packText).digest("hex"),
  };
  // A site whose pack file was changed after its catalog was written: the digest no longer fits.
  const changedText = packText.replace(REGION_TITLE, CHANGED_TITLE);
  const changedEntry = { ...regionEntry, title: { en: CHANGED_TITLE }, file: "welcome.changed.json" };
  const files = {
    "/region/packs/index.json": JSON.stringify({ format_version: catalog.format_version, packs: [regionEntry] }),
    "/region/packs/welcome.region.json": packText,
    "/changed/packs/index.json": JSON.stringify({ format_version: catalog.format_version, packs: [changedEntry] }),
    "/changed/packs/welcome.changed.json": changedText,
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://127.0.0.1").pathname;
    if (path.startsWith("/slow/")) return; // never answers
    if (path === `/region/packs/media/${PICTURE_NAME}`) {
      response.writeHead(200, { "Content-Type": "image/png", "Access-Control-Allow-Origin": "*" });
      return response.end(PICTURE);
    }
    const body = files[path];
    response.writeHead(body ? 200 : 404, {
      "Content-Type": "application/json",
      "Access-Control-Allow-Origin": "*",
    });
    response.end(body ?? "{}");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: server.address().port };
}

/** A port on 127.0.0.1 that nothing listens on. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

before(async () => {
  browser = await launch();
  region = await startRegionSite();
  closedPort = await freePort();
});
after(async () => {
  await browser?.close();
  region?.server.closeAllConnections();
  await new Promise((resolve) => region?.server.close(resolve) ?? resolve());
});

/**
 * Answers every exercise of the lesson on screen; returns the exercises' pictures as shown, each
 * as its address and width once loaded (0 when it could not be loaded).
 */
async function completeLesson(page) {
  await page.locator("progress.lesson-progress").waitFor();
  const pictures = [];
  for (let step = 0; step < 60; step++) {
    if (await page.locator(".summary").count()) break;
    const shown = page.locator("#exercise-area img.exercise-image");
    if (await shown.count()) {
      await page.waitForFunction(() =>
        [...document.querySelectorAll("#exercise-area img.exercise-image")].every((img) => img.complete)
      );
      pictures.push(...(await shown.evaluateAll((imgs) => imgs.map((img) => [img.src, img.naturalWidth]))));
    }
    await answerOne(page);
  }
  await page.locator(".summary").waitFor();
  return pictures;
}

/** The width of a picture the page loads from this address; 0 when it cannot be loaded. */
function pictureWidth(page, src) {
  return page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve(0);
        img.src = src;
      }),
    src
  );
}

/** The console errors a test expects: the browser reports each failed fetch of a catalog. */
function unexpected(consoleErrors, ports) {
  return consoleErrors.filter(
    (text) => !ports.some((port) => text.includes(`127.0.0.1:${port}`)) && !/Failed to load resource: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)/.test(text)
  );
}

test("a learner adds another site's catalog: its pack is listed with its origin, studied and kept offline; broken catalogs block nothing", async () => {
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  await waitForServiceWorker(page);
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();

  const address = page.getByLabel("Address of the site");
  const add = page.getByRole("button", { name: "Add", exact: true });
  // Addresses that cannot be catalogs are refused with a reason, and nothing is added.
  await address.fill("http://example.org/passage/");
  await add.click();
  await page.getByText("The address must start with https://").waitFor();
  await address.fill("not an address");
  await add.click();
  await page.getByText("This is not a web address.", { exact: false }).waitFor();
  await address.fill(ROOT_URL);
  await add.click();
  await page.getByText("This is this site's own address.", { exact: false }).waitFor();

  // The other site, by the address of its folder, as a learner would copy it.
  const origin = `127.0.0.1:${region.port}`;
  await address.fill(`http://${origin}/region/`);
  await add.click();
  const regionLink = page.getByRole("link", { name: REGION_TITLE });
  await regionLink.waitFor();
  const card = page.locator(".pack-card", { has: regionLink });
  assert.equal(plain(await card.locator(".pack-origin").innerText()), `from ${origin}`);
  assert.equal(await address.inputValue(), "", "the field is emptied once the catalog is added");

  // An unreachable catalog and a slow one: each says so, the other packs stay.
  await address.fill(`http://127.0.0.1:${closedPort}/`);
  await add.click();
  await page.getByText(withValue("The packs from ", `127.0.0.1:${closedPort}`, " could not be loaded.")).waitFor();
  await address.fill(`http://${origin}/slow/`);
  await add.click();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  await page.getByText(withValue("", origin, " is taking too long to answer.")).waitFor({ timeout: 15_000 });
  await assertAccessible(page, "the packs screen with extra catalogs");
  await screenshot(page, "catalogs-packs-en-320");

  // Reloaded, the learner's catalogs are still there; the broken ones can be removed.
  await page.reload();
  await waitForApp(page);
  await regionLink.waitFor();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  const removeButtons = page.locator(".catalog-source", { hasText: `127.0.0.1:${closedPort}` }).getByRole("button");
  await removeButtons.click();
  await page.locator(".catalog-source", { hasText: `127.0.0.1:${closedPort}` }).waitFor({ state: "detached" });
  assert.equal(await page.getByText(withValue("", `127.0.0.1:${closedPort}`, " could not be loaded")).count(), 0);

  // Studied: its progress is its own, not the site's welcome pack's.
  await regionLink.click();
  await page.getByRole("heading", { name: REGION_TITLE }).waitFor();
  assert.equal(plain(await page.locator(".pack-origin").innerText()), `from ${origin}`);
  assert.match(page.url(), new RegExp(`#/packs/welcome@127\\.0\\.0\\.1:${region.port}~region~packs$`));
  const save = page.getByRole("button", { name: /Download for offline use/ });
  await save.click();
  await page.getByRole("button", { name: "Remove from this phone" }).waitFor();
  await page.getByRole("link", { name: "First words" }).click();
  // Its pictures come from its own site.
  const regionPicture = `http://${origin}/region/packs/media/${PICTURE_NAME}`;
  const shown = await completeLesson(page);
  assert.ok(shown.length > 0, "the lesson shows its words' pictures");
  assert.deepEqual([...new Set(shown.map(([src, width]) => `${src} ${width}`))], [`${regionPicture} 1`]);
  await page.goto(ROOT_URL + "#/packs/welcome");
  await page.getByRole("heading", { name: "Welcome to Passage" }).waitFor();
  await page.getByRole("link", { name: "First words" }).waitFor();
  assert.equal(await page.locator(".lesson-done").count(), 0, "the site's own welcome pack has no progress");

  // With no network, the saved pack of the other site still opens and shows its progress.
  const regionKey = `welcome@127.0.0.1:${region.port}~region~packs`;
  await context.setOffline(true);
  await page.goto(ROOT_URL + "#/packs/" + regionKey);
  await page.reload();
  await page.getByRole("heading", { name: REGION_TITLE }).waitFor();
  await page.locator(".lesson-done").waitFor();
  // Its pictures were saved with it (the service worker answers for the other site).
  assert.equal(await pictureWidth(page, regionPicture), 1, "the other site's picture, offline");
  await context.setOffline(false);

  assert.deepEqual(unexpected(problems.console, [closedPort, region.port]), [], "console errors");
  assert.deepEqual(problems.offHost, [], "requests to hosts other than 127.0.0.1");
  const violations = await page.evaluate(() => window.__cspViolations || []);
  assert.deepEqual(violations, [], "Content-Security-Policy violations");
  await context.close();
});

test("a pack saved as a file on one phone is opened and studied on another with no network, pictures and all; damaged files are refused", async () => {
  // The first phone saves the other site's pack, which has a picture, as a file.
  const first = await watchedContext(browser, { acceptDownloads: true });
  const page = await first.context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  await page.getByLabel("Address of the site").fill(`http://127.0.0.1:${region.port}/region/`);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("link", { name: REGION_TITLE }).click();
  await page.getByRole("link", { name: "First words" }).waitFor();
  // With no connection and no copy of the picture, the file is saved without it, and says so.
  await first.context.setOffline(true);
  const [partial] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save as a file" }).click(),
  ]);
  await page
    .getByText("One picture or recording could not be added to the file, because there was no connection. The pack works without it.")
    .waitFor();
  const partialChunks = [];
  for await (const chunk of await partial.createReadStream()) partialChunks.push(chunk);
  const partialFile = JSON.parse(Buffer.concat(partialChunks).toString("utf8"));
  assert.equal(partialFile.pack.meta.id, "welcome");
  assert.deepEqual(partialFile.media, {}, "no picture in the file");
  await first.context.setOffline(false);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save as a file" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "passage-pack-welcome.json");
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const file = Buffer.concat(chunks);
  const saved = JSON.parse(file.toString("utf8"));
  assert.equal(saved.passage_pack_file, 1);
  assert.equal(saved.pack.meta.id, "welcome");
  assert.deepEqual(Object.keys(saved.media), [PICTURE_NAME]);
  assert.deepEqual(Buffer.from(saved.media[PICTURE_NAME], "base64url"), PICTURE, "the picture, byte for byte");
  await page.getByRole("button", { name: "Save as a file" }).and(page.locator(":enabled")).waitFor();
  assert.equal(await page.locator(".share-pack .share-missing").count(), 0, "no picture was left out");
  // Offline, the browser logs the failed fetch of the picture (the worker's, with no address).
  const offlineFetch = "Failed to load resource: net::ERR_FAILED";
  const logged = unexpected(first.problems.console, [region.port]).filter((text) => text !== offlineFetch);
  assert.deepEqual(logged, [], "console errors");
  await first.context.close();

  // The second phone has opened the app once, and now has no network at all.
  const { context, problems } = await watchedContext(browser, { viewport: { width: 320, height: 800 } });
  const phone = await context.newPage();
  await phone.goto(ROOT_URL + "#/packs");
  await waitForApp(phone);
  await waitForServiceWorker(phone);
  await phone.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  await context.setOffline(true);
  // Offline, a site with no site.json has no copy of it: the browser logs that request's failure
  // (the service worker's, not this feature's). Any other failure counts.
  const failed = [];
  phone.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") failed.push(new URL(request.url()).pathname);
  });

  const input = phone.locator('input[type="file"][accept*="json"]');
  const open = (name, buffer) => input.setInputFiles({ name, mimeType: "application/json", buffer });
  // Cut short in transfer.
  await open("passage-pack-welcome.json", file.subarray(0, Math.floor(file.length / 2)));
  await phone.getByText("This file is not a Passage pack, or it was cut short or changed. Nothing was added.").waitFor();
  // Edited so that it breaks the rules for packs.
  const tampered = Buffer.from(file.toString("utf8").replace('"id":"welcome"', '"id":"Welcome Hacked"'));
  assert.notDeepEqual(tampered, file);
  await open("passage-pack-welcome.json", tampered);
  await phone.getByText("This pack breaks the rules for packs.", { exact: false }).waitFor();
  // A picture changed on the way: still valid base64url, but not the bytes its name was made from.
  const picture = saved.media[PICTURE_NAME];
  const changed = picture.slice(0, 20) + (picture[20] === "A" ? "B" : "A") + picture.slice(21);
  const otherPicture = Buffer.from(file.toString("utf8").replace(picture, changed));
  await open("passage-pack-welcome.json", otherPicture);
  await phone.getByText("A picture or recording in this file is damaged, or is not part of the pack. Nothing was added.").waitFor();
  assert.equal(await phone.getByText("shared as a file").count(), 0, "nothing was added");

  await open("passage-pack-welcome.json", file);
  await phone.getByText("The pack was added. It works without internet.").waitFor();
  const sharedCard = phone.locator(".pack-card", { hasText: "shared as a file" });
  await sharedCard.getByRole("link", { name: REGION_TITLE }).waitFor();
  await phone.getByRole("link", { name: "Open the pack" }).click();
  await phone.getByRole("heading", { name: REGION_TITLE }).waitFor();
  assert.equal(await phone.locator(".pack-origin").innerText(), "shared as a file");
  assert.match(phone.url(), /#\/packs\/welcome@~file$/);
  await phone.getByRole("link", { name: "First words" }).click();
  // The pictures came in the file, and are shown from this phone.
  const shown = await completeLesson(phone);
  assert.ok(shown.length > 0, "the lesson shows its words' pictures");
  assert.deepEqual(
    [...new Set(shown.map(([src, width]) => `${src} ${width}`))],
    [`${new URL(`packs/shared/media/${PICTURE_NAME}`, ROOT_URL)} 1`]
  );

  // Still there after a reload with no network, with its progress and its pictures.
  await phone.goto(ROOT_URL + "#/packs/welcome@~file");
  await phone.reload();
  await phone.getByRole("heading", { name: REGION_TITLE }).waitFor();
  await phone.locator(".lesson-done").waitFor();
  assert.equal(await pictureWidth(phone, new URL(`packs/shared/media/${PICTURE_NAME}`, ROOT_URL).href), 1);
  await assertAccessible(phone, "a pack shared as a file");

  assert.deepEqual([...new Set(failed)].filter((path) => path !== "/site.json"), [], "files that did not come from the phone");
  const expected = failed.length ? ["Failed to load resource: net::ERR_FAILED"] : [];
  assert.deepEqual(problems.console.filter((text) => !expected.includes(text)), [], "console errors");
  assert.deepEqual(problems.offHost, []);
  await context.close();
});

test("the site's settings add another site's catalog and feature its pack first", async () => {
  const { context, problems } = await watchedContext(browser);
  const origin = `127.0.0.1:${region.port}`;
  const settings = {
    format_version: 1,
    extra_catalogs: [`http://${origin}/region/`],
    featured_packs: [`welcome@127.0.0.1:${region.port}~region~packs`],
  };
  await context.route("**/site.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(settings) })
  );
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  await page.getByRole("link", { name: REGION_TITLE }).waitFor();
  await page.getByRole("link", { name: "Welcome to Passage" }).waitFor();
  const first = page.locator(".pack-card").first();
  assert.equal(await first.getByRole("heading").innerText(), REGION_TITLE, "the featured pack comes first");
  assert.equal(plain(await first.locator(".pack-origin").innerText()), `from ${origin}`);
  // The site's catalog is listed, and only the learner's own can be removed.
  const listed = page.locator(".catalog-source", { hasText: origin });
  await listed.waitFor();
  assert.equal(await listed.getByRole("button").count(), 0);
  assert.deepEqual(problems.console, [], "console errors");
  await context.close();
});

test("a pack file that is not the one its catalog lists is not studied", async () => {
  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(ROOT_URL + "#/packs");
  await waitForApp(page);
  await page.getByLabel("Address of the site").fill(`http://127.0.0.1:${region.port}/changed/`);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  // The catalog lists it; the file it names has other bytes than the catalog's SHA-256.
  await page.getByRole("link", { name: CHANGED_TITLE }).click();
  await page.getByText("This pack file is damaged or too new for this version of Passage.").waitFor();
  assert.equal(await page.getByRole("link", { name: "First words" }).count(), 0, "no lesson is offered");
  assert.deepEqual(problems.console, [], "console errors");
  await context.close();
});
