// Passage's service worker, written by `cargo xtask dist` and `packc publish`: do not edit a copy.
//
// It precaches every file of one build (PRECACHE) under a cache named by the build's content
// hash (VERSION). A new build means a new sw.js, which installs beside the old one and then
// waits: pages keep running the files they started with until the learner presses "Reload"
// (the page posts "skip-waiting"). So a page never mixes two versions of the app.
// Hosts: serve this file with `Cache-Control: no-cache` so browsers see new versions at once.
//
// Interface translations (locales/<lang>/*.ftl) are not precached: a learner needs one language,
// not twelve. They are cached when first fetched, in a cache named by the hash of every locale
// file (LOCALES_VERSION). A new build with changed translations refreshes the languages the
// learner already used while it installs (or keeps the old copies when offline), so a chosen
// language keeps working offline across updates.
//
// The teachers' page (teach.html and its own script and wasm, TEACHER) is not precached either:
// learners never open it. It is cached, in this build's shell cache, the first time a teacher
// opens it, and a new build brings it along when the old build had it, so it keeps working
// offline in class.
//
// The site's settings (site.json, which hosts edit without rebuilding) are not precached either:
// they come from the network first, so a change shows on the next visit, and the last copy is
// kept in SITE_CACHE, across builds, for offline use (the help directory is in it). When the
// network is slow, the kept copy answers after SITE_WAIT_MS and the fresh one is kept for next time.
// Other files a host adds beside the build (its logo) are kept there the same way.
//
// Compiled packs (packs/<id>.<hash>.json) and their media are not precached either: a learner
// downloads the packs they study. Their names carry their content hash, so once fetched they are
// kept in PACKS_CACHE, across builds, and a studied pack works offline. The app itself puts there
// the packs it saves from other sites' catalogs and from shared files (packs/shared/), with their
// media; other sites' media are answered from there when the page asks for them.

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const TEACHER = __TEACHER__;
const TEACHER_PAGE = "./teach.html";
const TEACHER_URLS = new Set(TEACHER.map((url) => new URL(url, self.registration.scope).href));
const SHELL_CACHE = "passage-shell-" + VERSION;
const SHELL_PREFIX = "passage-shell-";
const LOCALES_VERSION = "__LOCALES_VERSION__";
const LOCALE_PREFIX = "passage-locales-";
const LOCALE_CACHE = LOCALE_PREFIX + LOCALES_VERSION;
// The worker's scope is the app's folder (root or a sub-folder): translations live below it.
const LOCALES_PATH = new URL("./locales/", self.registration.scope).pathname;
const PACKS_CACHE = "passage-packs";
const PACKS_PATH = new URL("./packs/", self.registration.scope).pathname;
const CATALOG_PATH = PACKS_PATH + "index.json";
const SITE_PATH = new URL("./site.json", self.registration.scope).pathname;
const SITE_CACHE = "passage-site";
const SITE_WAIT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) =>
        // `reload` skips the HTTP cache, so the new cache never holds an old file.
        cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))
      )
      .then(carryLocales)
      .then(carryTeacherPage)
      .then(keepSiteSettings)
  );
});

/**
 * Keeps the site's settings from the first visit on, so the help directory works offline even if
 * the page never asked for them again while this worker was in charge. A site without the file,
 * or no network, is fine: the app then uses its own settings.
 */
async function keepSiteSettings() {
  try {
    const response = await fetch(new Request(SITE_PATH, { cache: "no-cache" }));
    if (response.ok) await (await caches.open(SITE_CACHE)).put(SITE_PATH, response);
  } catch (_) {
    // Offline while installing: the first visit with a network keeps it.
  }
}

/** Caches the teachers' page of this build when an earlier build had it cached. */
async function carryTeacherPage() {
  for (const key of await caches.keys()) {
    if (!key.startsWith(SHELL_PREFIX) || key === SHELL_CACHE) continue;
    if (await (await caches.open(key)).match(TEACHER_PAGE)) {
      // Offline: the teacher gets it on the next visit with a network.
      await cacheTeacherPage().catch(() => {});
      return;
    }
  }
}

async function cacheTeacherPage() {
  const cache = await caches.open(SHELL_CACHE);
  await cache.addAll(TEACHER.map((url) => new Request(url, { cache: "reload" })));
}

/** Brings the languages cached by earlier builds into this build's locale cache. */
async function carryLocales() {
  const fresh = await caches.open(LOCALE_CACHE);
  for (const key of await caches.keys()) {
    if (!key.startsWith(LOCALE_PREFIX) || key === LOCALE_CACHE) continue;
    const old = await caches.open(key);
    for (const request of await old.keys()) {
      if (await fresh.match(request)) continue;
      try {
        const response = await fetch(new Request(request.url, { cache: "reload" }));
        if (response.ok) {
          await fresh.put(request, response);
          continue;
        }
      } catch (_) {
        // Offline: keep the old translation; it is better than none.
      }
      const kept = await old.match(request);
      if (kept) await fresh.put(request, kept);
    }
  }
}

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter(
              (key) =>
                (key.startsWith(SHELL_PREFIX) && key !== SHELL_CACHE) ||
                (key.startsWith(LOCALE_PREFIX) && key !== LOCALE_CACHE)
            )
            .map((key) => caches.delete(key))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    // Another site's pack media, which the app saved for offline use under their own address:
    // named by content, so a kept copy is always right. Anything else of other sites is theirs.
    if (url.pathname.includes("/packs/media/")) event.respondWith(respondWithOtherSiteMedia(request));
    return;
  }
  event.respondWith(respond(request));
});

/** A picture or recording of another site's pack: the copy the app kept, else from that site. */
async function respondWithOtherSiteMedia(request) {
  const cache = await caches.open(PACKS_CACHE);
  return (await cache.match(request.url)) || fetch(request);
}

async function respond(request) {
  const path = new URL(request.url).pathname;
  if (path === SITE_PATH) {
    return respondWithSiteSettings(request);
  }
  if (path.startsWith(LOCALES_PATH)) {
    return respondWithLocale(request);
  }
  if (path.startsWith(PACKS_PATH) && path !== CATALOG_PATH) {
    return respondWithPackFile(request);
  }
  const cache = await caches.open(SHELL_CACHE);
  if (request.mode === "navigate" && path === new URL(TEACHER_PAGE, self.registration.scope).pathname) {
    return respondWithTeacherPage(request, cache);
  }
  // Every other page of the app is the same index.html: screens live in the URL fragment.
  const cached =
    request.mode === "navigate"
      ? await cache.match("./")
      : await cache.match(request, { ignoreSearch: true });
  return cached || respondWithHostFile(request);
}

/**
 * A file that is not part of the build, such as the logo a host put beside it (site.json names
 * it): from the network, so a change shows at once, and kept in SITE_CACHE for offline use.
 */
async function respondWithHostFile(request) {
  const url = new URL(request.url);
  // The teachers' page's files are kept with the shell (cacheTeacherPage), not twice.
  if (TEACHER_URLS.has(url.origin + url.pathname)) return fetch(request);
  const cache = await caches.open(SITE_CACHE);
  try {
    const response = await fetch(request);
    // Whole files only: a part (206, for audio) cannot be cached.
    if (response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}

/** The teachers' page: from the shell cache, else fetched, and then its files cached too. */
async function respondWithTeacherPage(request, cache) {
  const cached = await cache.match(TEACHER_PAGE);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    cacheTeacherPage().catch(() => {});
  }
  return response;
}

/** The site's settings: fresh from the network and kept; the kept copy offline or when slow. */
async function respondWithSiteSettings(request) {
  const cache = await caches.open(SITE_CACHE);
  const kept = await cache.match(SITE_PATH);
  const fresh = fetch(new Request(request.url, { cache: "no-cache" })).then(async (response) => {
    if (response.ok) {
      await cache.put(SITE_PATH, response.clone());
      return response;
    }
    if (response.status === 404) {
      // The host removed its settings: the app's own apply, online and offline.
      await cache.delete(SITE_PATH);
      return response;
    }
    // A passing server error: the kept copy is better than none.
    return kept || response;
  });
  if (!kept) return fresh;
  const slow = new Promise((resolve) => setTimeout(() => resolve(kept), SITE_WAIT_MS));
  return Promise.race([fresh.catch(() => kept), slow]);
}

/** A translation file: from the locale cache, else fetched once and kept there. */
async function respondWithLocale(request) {
  const cache = await caches.open(LOCALE_CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** A pack file (content-addressed): from the packs cache, else fetched once and kept there. */
async function respondWithPackFile(request) {
  const cache = await caches.open(PACKS_CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
