// Between's service worker: the app's shell works offline; the API never comes from a cache, except
// the crisis lines, which must open even with no connection. A send while offline fails at once, and
// the app says so (and keeps the draft).
const SHELL = "between-shell-v1";
const ASSETS = "between-assets-v1";
const CRISIS = "between-crisis-lines-v1";
const STATIC = ["/manifest.webmanifest", "/icons/icon.svg", "/icons/icon-192.png", "/icons/icon-512.png"];

/** The shell, and every script and stylesheet it names (their names are hashed by the build). */
async function cacheShell() {
  const shell = await caches.open(SHELL);
  const response = await fetch("/", { cache: "no-store" });
  if (!response.ok) return;
  const html = await response.clone().text();
  await shell.put("/", response);
  const assets = await caches.open(ASSETS);
  const named = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await assets.addAll([...new Set([...named, ...STATIC])]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => ![SHELL, ASSETS, CRISIS].includes(key)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== "GET") return;

  if (url.pathname === "/api/crisis-lines") {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok) await (await caches.open(CRISIS)).put(request, response.clone());
          return response;
        })
        .catch(async () => (await caches.match(request, { cacheName: CRISIS })) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith("/api/")) return;

  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok && (response.headers.get("content-type") ?? "").includes("text/html")) {
            await (await caches.open(SHELL)).put("/", response.clone());
          }
          return response;
        })
        .catch(async () => (await caches.match("/", { cacheName: SHELL })) ?? Response.error()),
    );
    return;
  }

  if (url.pathname.startsWith("/assets/") || STATIC.includes(url.pathname)) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then(async (response) => {
            if (response.ok) await (await caches.open(ASSETS)).put(request, response.clone());
            return response;
          }),
      ),
    );
  }
});
