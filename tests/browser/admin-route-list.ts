/**
 * Every organisers' route with a request that would change something if it were let through: the
 * refusal tests of admin-routes.test.ts (sessions) and access.test.ts (Cloudflare Access) use it.
 */
import { downloadNames } from '#server/urls.ts';
import { EVENT, urls } from './site.ts';

/** A guest of the test list that these requests would change if they were let through. */
export const GUEST = 'testvalid';
export const formType = { 'Content-Type': 'application/x-www-form-urlencoded' };

export interface Route {
  method: 'GET' | 'POST';
  /** The route file's pattern, to prove every file under src/pages/admin is listed here. */
  pattern: string;
  path: string;
  body?: () => BodyInit;
  headers?: Record<string, string>;
}

const post = (pattern: string, path: string, fields: Record<string, string>): Route => ({
  method: 'POST',
  pattern,
  path,
  body: () => new URLSearchParams(fields).toString(),
  headers: formType,
});

/** Every organisers' route that needs a session, each state-changing action on its own. */
export const routes: Route[] = [
  { method: 'GET', pattern: '/admin', path: urls.admin.home },
  { method: 'GET', pattern: '/admin/[event]', path: urls.admin.dashboard(EVENT) },
  { method: 'GET', pattern: '/admin/[event]/catering', path: urls.admin.catering(EVENT) },
  { method: 'GET', pattern: '/admin/[event]/print', path: urls.admin.print(EVENT) },
  { method: 'GET', pattern: '/admin/[event]/seating', path: urls.admin.seating(EVENT) },
  { method: 'GET', pattern: '/admin/[event]/cards', path: urls.admin.cards(EVENT) },
  { method: 'GET', pattern: '/admin/[event]/door', path: urls.admin.door(EVENT) },
  { method: 'GET', pattern: '/admin/[event]/door-sw.js', path: urls.admin.doorWorker(EVENT) },
  ...downloadNames.map((name): Route => ({
    method: 'GET',
    pattern: '/admin/[event]/[download]',
    path: urls.admin.download(EVENT, name),
  })),
  {
    method: 'GET',
    pattern: '/admin/[event]/[download]',
    path: urls.admin.download(EVENT, 'export.csv', { sep: ';' }),
  },
  { method: 'GET', pattern: '/admin/[event]/guests/new', path: urls.admin.newGuest(EVENT) },
  { method: 'GET', pattern: '/admin/[event]/guests/[id]', path: urls.admin.guest(EVENT, GUEST) },
  { method: 'GET', pattern: '/admin/session', path: urls.admin.session },
  { method: 'POST', pattern: '/admin/session', path: urls.admin.session },
  post('/admin/[event]/guests/new', urls.admin.newGuest(EVENT), {
    name: 'Intruder',
    language: EVENT.original,
    category: EVENT.categories[0] ?? '',
  }),
  post('/admin/[event]/notices', urls.admin.notices(EVENT), {}),
  post('/admin/[event]/door', urls.admin.door(EVENT), { action: 'arrive', person: `g:${GUEST}` }),
  post('/admin/[event]/seating', urls.admin.seating(EVENT), {
    action: 'add-table',
    basis: '0',
    name: 'Intruder',
    shape: 'round',
    seats: '10',
    host: '',
    coHost: '',
    coHostName: '',
  }),
  post('/admin/[event]/guests/[id]', urls.admin.guest(EVENT, GUEST), { action: 'reissue' }),
  post('/admin/[event]/guests/[id]', urls.admin.guest(EVENT, GUEST), { action: 'withdraw' }),
  post('/admin/[event]/guests/[id]', urls.admin.guest(EVENT, GUEST), { action: 'reinstate' }),
  post('/admin/[event]/guests/[id]', urls.admin.guest(EVENT, GUEST), { action: 'erase', confirm: GUEST }),
  post('/admin/[event]/guests/[id]', urls.admin.guest(EVENT, GUEST), {
    action: 'edit',
    name: 'Renamed',
    language: EVENT.original,
    category: EVENT.categories[0] ?? '',
    companions: '0',
  }),
  post('/admin/[event]/guests/[id]', urls.admin.guest(EVENT, GUEST), {
    action: 'record',
    source: 'email',
    attending: 'no',
  }),
  {
    method: 'POST',
    pattern: '/admin/[event]/import',
    path: urls.admin.import(EVENT),
    body: () => {
      const body = new FormData();
      body.set(
        'file',
        new Blob(['id,name,position,organisation,email,language,category,companions\n']),
        'a.csv',
      );
      return body;
    },
  },
];
/** Routes that need no session by nature: signing in, and signing out (which only ends one). */
export const open = [urls.admin.signIn, urls.admin.signOut];

export const request = (base: string, route: Route, cookie?: string, extra: Record<string, string> = {}) =>
  fetch(new URL(route.path, base), {
    method: route.method,
    redirect: 'manual',
    headers: { ...route.headers, ...(cookie ? { Cookie: cookie } : {}), ...extra },
    ...(route.body ? { body: route.body() } : {}),
  });
