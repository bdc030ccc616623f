/**
 * Every organisers' route with a request that would change something if it were let through: the
 * refusal tests of admin-routes.test.ts (sessions) and access.test.ts (Cloudflare Access) use it.
 */
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
  { method: 'GET', pattern: '/admin', path: '/admin' },
  { method: 'GET', pattern: '/admin/catering', path: '/admin/catering' },
  { method: 'GET', pattern: '/admin/print', path: '/admin/print' },
  { method: 'GET', pattern: '/admin/[download]', path: '/admin/export.csv' },
  { method: 'GET', pattern: '/admin/[download]', path: '/admin/export.csv?sep=;' },
  { method: 'GET', pattern: '/admin/[download]', path: '/admin/export.xlsx' },
  { method: 'GET', pattern: '/admin/[download]', path: '/admin/links.csv' },
  { method: 'GET', pattern: '/admin/[download]', path: '/admin/backup.json' },
  { method: 'GET', pattern: '/admin/guests/new', path: '/admin/guests/new' },
  { method: 'GET', pattern: '/admin/guests/[id]', path: `/admin/guests/${GUEST}` },
  { method: 'GET', pattern: '/admin/session', path: '/admin/session' },
  { method: 'POST', pattern: '/admin/session', path: '/admin/session' },
  post('/admin/guests/new', '/admin/guests/new', { name: 'Intruder', language: 'en', category: 'other' }),
  post('/admin/guests/[id]', `/admin/guests/${GUEST}`, { action: 'reissue' }),
  post('/admin/guests/[id]', `/admin/guests/${GUEST}`, { action: 'withdraw' }),
  post('/admin/guests/[id]', `/admin/guests/${GUEST}`, { action: 'reinstate' }),
  post('/admin/guests/[id]', `/admin/guests/${GUEST}`, { action: 'erase', confirm: GUEST }),
  post('/admin/guests/[id]', `/admin/guests/${GUEST}`, {
    action: 'edit',
    name: 'Renamed',
    language: 'en',
    category: 'other',
    companions: '0',
  }),
  post('/admin/guests/[id]', `/admin/guests/${GUEST}`, {
    action: 'record',
    source: 'email',
    attending: 'no',
  }),
  {
    method: 'POST',
    pattern: '/admin/import',
    path: '/admin/import',
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
export const open = ['/admin/login', '/admin/logout'];

export const request = (base: string, route: Route, cookie?: string, extra: Record<string, string> = {}) =>
  fetch(new URL(route.path, base), {
    method: route.method,
    redirect: 'manual',
    headers: { ...route.headers, ...(cookie ? { Cookie: cookie } : {}), ...extra },
    ...(route.body ? { body: route.body() } : {}),
  });
