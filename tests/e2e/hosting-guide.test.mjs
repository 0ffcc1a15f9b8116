// The hosting guide (docs/hosting-guide.md) followed from the release archive, as an NGO would:
// unpack it, put site/ on a web server in a sub-folder (here /ngo/ on 127.0.0.1), start a pack of
// its own, check it, publish it with the one command, and find it in the app, both on a phone
// that already had the app (offered "Update available") and on a new one. A broken pack is
// refused with its file, line and field, and the site stays exactly as it was.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { launch, watchedContext, assertClean, waitForApp, waitForServiceWorker, screenshot, required } from "./harness.mjs";

const ARCHIVE = required("PASSAGE_ARCHIVE");
const NGO_DIR = required("PASSAGE_NGO_DIR");
const NGO_SITE = required("PASSAGE_NGO_SITE");
const NGO_URL = required("PASSAGE_NGO_URL");

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Runs a command of the guide in `cwd`; returns its exit status and output. */
function run(cwd, program, ...args) {
  const result = spawnSync(program, args, { cwd, encoding: "utf8" });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir` with a hash of its bytes. */
function snapshot(dir) {
  const files = {};
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return files;
}

/** The unpacked archive's one folder. */
function unpacked() {
  const folders = readdirSync(NGO_DIR);
  assert.equal(folders.length, 1, `the archive unpacks into one folder: ${folders}`);
  return join(NGO_DIR, folders[0]);
}

const packCards = (page) => page.locator(".pack-card h2").allInnerTexts();

test("from the archive to a new pack on the learners' phones, in a sub-folder", async () => {
  // Step 1: unpack the archive.
  const untar = run(NGO_DIR, "tar", "-xzf", ARCHIVE);
  assert.equal(untar.status, 0, untar.stderr);
  const folder = unpacked();
  assert.equal(join(folder, "site"), NGO_SITE, "the server serves the unpacked site/");
  for (const file of ["README.txt", "site/index.html", "site/sw.js", "lessons/README.md", "docs/hosting-guide.md"]) {
    assert.ok(statSync(join(folder, file)).isFile(), `${file} is in the archive`);
  }
  assert.ok(statSync(join(folder, "passage-packc")).mode & 0o100, "the pack tool can be run");

  // Step 2: the site on the web server, in a sub-folder. A learner opens it; the app installs.
  const { context, problems } = await watchedContext(browser);
  const phone = await context.newPage();
  await phone.goto(NGO_URL + "#/packs");
  await waitForApp(phone);
  await phone.locator(".pack-card").first().waitFor();
  await waitForServiceWorker(phone);
  const bundled = await packCards(phone);
  assert.ok(bundled.length > 0 && !bundled.includes("Town information"), bundled.join(" | "));

  // Step 3: start a pack, give it a title, check it.
  const started = run(folder, "./passage-packc", "new", "lessons", "town-info");
  assert.equal(started.status, 0, started.stderr);
  assert.match(started.stdout, /created lessons\/town-info/);
  const packFile = join(folder, "lessons", "town-info", "pack.toml");
  writeFileSync(packFile, readFileSync(packFile, "utf8").replace('en = "Example pack"', 'en = "Town information"'));
  const checked = run(folder, "./passage-packc", "check", "lessons");
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stdout, /pack\(s\) checked: no errors/);

  // Step 4: the one command that puts the packs into the site.
  const published = run(folder, "./passage-packc", "publish", "lessons", "site");
  assert.equal(published.status, 0, published.stderr);
  assert.match(published.stdout, /published into site/);
  assert.match(published.stdout, /Update available/);

  // Step 5: the learner who had the app is offered the update, and then has the new pack.
  await phone.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = phone.getByRole("status").filter({ hasText: "Update available" });
  await banner.waitFor();
  await Promise.all([phone.waitForEvent("load"), banner.getByRole("button", { name: "Reload" }).click()]);
  await waitForApp(phone);
  await phone.getByRole("link", { name: "Town information" }).click();
  await phone.getByRole("heading", { name: "Town information" }).waitFor();
  assert.equal(new URL(phone.url()).pathname, "/ngo/");
  await phone.locator(".lesson-card a").first().click();
  await phone.locator("#exercise-area .exercise").first().waitFor();
  await screenshot(phone, "hosting-guide-new-pack");
  await assertClean(phone, problems);
  await context.close();

  // A new phone finds it in the catalog at once.
  const fresh = await watchedContext(browser);
  const newPhone = await fresh.context.newPage();
  await newPhone.goto(NGO_URL + "#/packs");
  await waitForApp(newPhone);
  await newPhone.getByRole("link", { name: "Town information" }).waitFor();
  assert.equal((await packCards(newPhone)).length, bundled.length + 1);
  await assertClean(newPhone, fresh.problems);
  await fresh.context.close();
});

test("a mistake in a pack is named with its file, line and field, and the site is not changed", async () => {
  const folder = unpacked();
  const before = snapshot(join(folder, "site"));
  const lesson = join(folder, "lessons", "town-info", "01-words.toml");
  writeFileSync(lesson, readFileSync(lesson, "utf8").replace("article =", "artikel ="));

  const checked = run(folder, "./passage-packc", "check", "lessons");
  assert.notEqual(checked.status, 0);
  const published = run(folder, "./passage-packc", "publish", "lessons", "site");
  assert.notEqual(published.status, 0, "publishing a broken pack fails");
  assert.match(
    published.stderr,
    /error: lessons\/town-info\/01-words\.toml:\d+: `artikel`: unknown field `artikel` in item `\w+`; did you mean `article`\?/
  );
  assert.match(published.stderr, /nothing in site was changed/);
  assert.deepEqual(snapshot(join(folder, "site")), before, "not one file of the site changed");

  const { context, problems } = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(NGO_URL + "#/packs");
  await waitForApp(page);
  await page.getByRole("link", { name: "Town information" }).waitFor();
  await assertClean(page, problems);
  await context.close();
});
