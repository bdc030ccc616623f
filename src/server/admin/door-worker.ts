/**
 * The door list's service worker (`GET /admin/{event}/door-sw.js`, scope `/admin/{event}/`): the
 * door page from the network when there is one, else the copy of it this phone last loaded, so that
 * the list opens in a room without network (the ticks made there wait in the page's own queue,
 * src/client/door.ts). It touches nothing else: every other request goes to the network as if it
 * were not there. Its source is written here, whole, because it is served as it is.
 */
export const DOOR_WORKER = `'use strict';
const CACHE = 'door-list-v1';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || event.request.mode !== 'navigate' || !url.pathname.endsWith('/door')) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok && !url.search) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url.pathname, copy)));
        }
        return response;
      })
      .catch(() =>
        caches.match(url.pathname).then((copy) => copy || Response.error()),
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
