/**
 * The door list's service worker (`GET /admin/{event}/door-sw.js`, scope `/admin/{event}/`): the
 * door page from the network when there is one, else the copy of it this phone last loaded, so that
 * the list opens in a room without network (the ticks made there wait in the page's own queue,
 * src/client/door.ts). It touches nothing else: every other request goes to the network as if it
 * were not there. Its source is written here, whole, because it is served as it is.
 */
export const DOOR_WORKER = `'use strict';
const CACHE = 'door-list-v1';
// A copy older than a session can last is never shown.
const LIFETIME = 12 * 60 * 60 * 1000;
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || event.request.mode !== 'navigate' || !url.pathname.endsWith('/door')) return;
  const key = url.pathname;
  // The time the copy was made, under a key of its own (a fragment would name the same entry).
  const stamp = key + '?copy-made';
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        // The list as the site gives it now; any other answer (a session ended: 401) removes the
        // copy, so that nobody signed out can read it offline.
        if (response.status !== 200) {
          event.waitUntil(caches.open(CACHE).then((cache) => Promise.all([cache.delete(key), cache.delete(stamp)])));
        } else if (!url.search) {
          const copy = response.clone();
          event.waitUntil(
            caches.open(CACHE).then((cache) =>
              Promise.all([cache.put(key, copy), cache.put(stamp, new Response(String(Date.now())))]),
            ),
          );
        }
        return response;
      })
      .catch(() =>
        caches.open(CACHE).then(async (cache) => {
          const copy = await cache.match(key);
          const made = Number((await (await cache.match(stamp))?.text()) ?? 0);
          if (copy && Date.now() - made < LIFETIME) return copy;
          await Promise.all([cache.delete(key), cache.delete(stamp)]);
          return Response.error();
        }),
      ),
  );
});
`;

/** The worker as a response: JavaScript, never cached by HTTP (the browser checks it on each visit). */
export function doorWorker(): Response {
  return new Response(DOOR_WORKER, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
