import { beforeAll, describe, expect, it } from 'vitest';
import { SITE, context, invitedGuest, rsvpRequest, snapshot } from './support.ts';
import { type ReplyView } from '#server/invitee/views.ts';
import { handleLogin, handleRsvp, failureOf } from './through.ts';

/**
 * A battery of hostile requests (docs/design.md, "The reply"): each is refused with its 4xx and code,
 * never a 5xx, and changes nothing in the store.
 */
type Case = { name: string; request: () => Request; status: number; code?: string };

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
let cookie = '';
beforeAll(async () => {
  cookie = (await invitedGuest({ companions: 1 })).cookie;
});

const json =
  (body: unknown, extra: { type?: string | null; headers?: Record<string, string> } = {}) =>
  () =>
    rsvpRequest(typeof body === 'string' ? body : JSON.stringify(body), {
      cookie,
      type: JSON_TYPE,
      ...extra,
    });
const form = (body: string) => () => rsvpRequest(body, { cookie, type: FORM_TYPE });
const bytes =
  (data: number[], type = JSON_TYPE) =>
  () =>
    new Request(`${SITE}/api/rsvp`, {
      method: 'POST',
      headers: { 'Content-Type': type, Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
      body: new Uint8Array(data),
    });

const textFields = ['comment', 'dietaryNotes', 'accessibility', 'placeCardName'];
const hostileText: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['BEL', 'a\u0007b'],
  ['ESC', 'a\u001bb'],
  ['DEL', 'a\u007fb'],
  ['C1 NEL', 'a\u0085b'],
  ['right-to-left override', 'a\u202eb'],
  ['left-to-right embedding', 'a\u202ab'],
  ['first strong isolate', 'a\u2068b'],
  ['right-to-left mark', 'a\u200fb'],
  ['zero-width space', 'a\u200bb'],
  ['byte order mark', 'a\ufeffb'],
  ['word joiner', 'a\u2060b'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', 'a\udc00b'],
];

const cases: Case[] = [
  ...['PUT', 'DELETE', 'PATCH', 'OPTIONS'].map((method) => ({
    name: `method ${method}`,
    request: () => rsvpRequest('{}', { method, cookie }),
    status: 405,
    code: 'method_not_allowed',
  })),
  ...[
    'text/plain',
    'text/html',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/json; charset=iso-8859-1',
    `${FORM_TYPE}; charset=windows-1252`,
    'application/javascript',
    'image/png',
  ].map((type) => ({
    name: `content type ${type}`,
    request: json({ attending: 'yes' }, { type }),
    status: 415,
    code: 'unsupported_media_type',
  })),
  {
    name: 'no content type',
    request: json({ attending: 'yes' }, { type: null }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'body of 16 KiB + 1',
    request: json(`{"attending":"yes","comment":"${'x'.repeat(16 * 1024)}"}`),
    status: 413,
    code: 'payload_too_large',
  },
  { name: 'body of 1 MiB', request: json('x'.repeat(1024 * 1024)), status: 413, code: 'payload_too_large' },
  {
    name: 'Content-Length understating a large body',
    request: json(`{"comment":"${'x'.repeat(20_000)}"}`, { headers: { 'Content-Length': '10' } }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'Content-Length of 1 GiB',
    request: json('{"attending":"yes"}', { headers: { 'Content-Length': String(1024 ** 3) } }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: '10,000-element dietary array',
    request: json({ attending: 'yes', dietary: Array(10_000).fill('vegan') }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: '2,000-element companions array',
    request: json({ attending: 'yes', companions: Array(2000).fill({}) }),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'deeply nested arrays',
    request: json('['.repeat(8000) + ']'.repeat(8000)),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'deeply nested objects',
    request: json('{"a":'.repeat(2500) + '1' + '}'.repeat(2500)),
    status: 400,
    code: 'validation_failed',
  },
  { name: 'truncated JSON', request: json('{"attending":"ye'), status: 400, code: 'validation_failed' },
  { name: 'JSON null', request: json('null'), status: 400, code: 'validation_failed' },
  { name: 'JSON array', request: json('[]'), status: 400, code: 'validation_failed' },
  { name: 'JSON string', request: json('"yes"'), status: 400, code: 'validation_failed' },
  { name: 'JSON number', request: json('42'), status: 400, code: 'validation_failed' },
  { name: 'empty JSON body', request: json(''), status: 400, code: 'validation_failed' },
  {
    name: 'invalid UTF-8 in JSON',
    request: bytes([0x7b, 0x22, 0x61, 0xff, 0xfe, 0x22, 0x7d]),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'overlong UTF-8 in JSON',
    request: bytes([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x7d]),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'invalid UTF-8 in a form',
    request: bytes([0x61, 0x3d, 0xff], FORM_TYPE),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: '__proto__ key in JSON',
    request: json('{"attending":"yes","__proto__":{"polluted":true}}'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'constructor key in JSON',
    request: json('{"attending":"yes","constructor":{"prototype":{}}}'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: '__proto__ in a form',
    request: form('attending=yes&__proto__.polluted=1'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'constructor.prototype in a form',
    request: form('attending=yes&constructor.prototype.x=1'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: '__proto__ as a form field',
    request: form('attending=yes&__proto__=x'),
    status: 400,
    code: 'validation_failed',
  },
  ...[
    ['an invalid sequence', 'comment=%C3%28'],
    ['a lone continuation byte', 'comment=a%80b'],
    ['an overlong slash', 'comment=%C0%AF'],
    ['an encoded surrogate', 'comment=%ED%A0%80'],
    ['a truncated sequence', 'comment=%E2%82'],
    ['an invalid field name', 'comm%FFent=x'],
    ['an invalid companion name', 'companions.0.name=%F8%88%80%80%80'],
  ].map(([what, field]) => ({
    name: `percent-encoded invalid UTF-8 in a form: ${what}`,
    request: form(`attending=yes&${field}`),
    status: 400,
    code: 'validation_failed',
  })),
  {
    name: 'repeated attending in a form',
    request: form('attending=yes&attending=no'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'repeated comment in a form',
    request: form('attending=yes&comment=a&comment=b'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'repeated submissionId in a form',
    request: form('attending=yes&submissionId=abcdefgh&submissionId=abcdefgi'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'unknown form field',
    request: form('attending=yes&seat=1A'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'bracket form field',
    request: form('attending=yes&dietary[]=vegan'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'huge companion index',
    request: form('attending=yes&companions.99999.name=x'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'value and group at once',
    request: form('attending=yes&delegate=x&delegate.name=y'),
    status: 400,
    code: 'validation_failed',
  },
  ...textFields.flatMap((field) =>
    hostileText.map(([what, value]) => ({
      name: `${what} in ${field}`,
      request: json({ attending: 'yes', [field]: value }),
      status: 400,
      code: 'validation_failed',
    })),
  ),
  ...hostileText.slice(0, 6).map(([what, value]) => ({
    name: `${what} in the delegate's name`,
    request: json({ attending: 'delegate', delegate: { name: value, position: 'P' } }),
    status: 400,
    code: 'validation_failed',
  })),
  ...hostileText.slice(0, 6).map(([what, value]) => ({
    name: `${what} in a form's companion name`,
    request: form(`attending=yes&companions.0.name=${encodeURIComponent(value)}`),
    status: 400,
    code: 'validation_failed',
  })),
  ...(
    [
      ['attending', [1, true, null, [], {}, 'YES', 'maybe', '']],
      ['companions', ['x', {}, [1], [null], [[]], [{ name: 1 }]]],
      ['dietary', ['vegan', [1], null, ['VEGAN'], ['vegan', 'vegan'], [{}]]],
      ['comment', [1, [], {}, true, 'x'.repeat(1001)]],
      ['delegate', ['x', [], 1, { name: 'A' }, { name: 'A', position: 'B', seat: 1 }]],
      ['lang', ['xx', 1, 'EN', 'en-GB', null]],
      ['submissionId', [1, 'short', 'x'.repeat(65), 'has space', '../../etc']],
      [
        'respondent',
        [
          'x',
          [],
          { name: 'A', email: 'not-an-email' },
          { email: 'a@b.example' },
          { name: 'A', phone: 'call me' },
        ],
      ],
      ['placeCardName', [1, [], 'x'.repeat(121)]],
      ['accessibility', [false, ['a'], 'x'.repeat(501)]],
    ] as [string, unknown[]][]
  ).flatMap(([field, values]) =>
    values.map((value) => ({
      name: `wrong ${field}: ${JSON.stringify(value).slice(0, 30)}`,
      request: json({ attending: field === 'delegate' ? 'delegate' : 'yes', [field]: value }),
      status: 400,
      code: 'validation_failed',
    })),
  ),
];

describe('hostile requests to POST /api/rsvp', () => {
  it('are at least 120', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });

  for (const testCase of cases) {
    it(`refuses ${testCase.name} with ${testCase.status}, changing nothing`, async () => {
      const before = await snapshot();
      const result: Response | ReplyView = await handleRsvp(testCase.request(), context());
      expect(result.status).toBe(testCase.status);
      const failure = failureOf(result);
      if (failure) {
        // A form refused outright: the site's error page, in the form's language.
        expect(failure.kind === 'page' ? failure.code : failure.kind).toBe(testCase.code);
      } else if (result instanceof Response) {
        const body = (await result.json()) as { error: { code: string } };
        expect(body.error.code).toBe(testCase.code);
      } else {
        // The form again, with the errors beside their fields.
        expect(result.kind).toBe('form');
        expect('validation_failed').toBe(testCase.code);
      }
      expect(await snapshot()).toEqual(before);
      // No prototype was polluted by a `__proto__` or `constructor` key.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe('a link holder repeating one reply', () => {
  it('writes it once: the same answer again writes nothing, whatever the submission id', async () => {
    const holder = await invitedGuest();
    const body = { attending: 'yes', comment: 'Same again' };
    expect((await handleRsvp(rsvpRequest(body, { cookie: holder.cookie }), context())).status).toBe(200);
    const before = await snapshot();
    for (let index = 0; index < 5; index++) {
      const again = { ...body, submissionId: `hammer-${index}-0000` };
      expect((await handleRsvp(rsvpRequest(again, { cookie: holder.cookie }), context())).status).toBe(200);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('prototype keys in a reply', () => {
  it('are named among the unknown fields, in JSON and in a form', async () => {
    for (const [body, type] of [
      ['{"attending":"yes","__proto__":{"polluted":true}}', JSON_TYPE],
      ['attending=yes&__proto__=x', FORM_TYPE],
    ] as const) {
      const result = await handleRsvp(rsvpRequest(body, { cookie, type }), context());
      expect(result.status).toBe(400);
      const fields =
        result instanceof Response
          ? ((await result.json()) as { error: { fields: Record<string, string> } }).error.fields
          : result.kind === 'form'
            ? result.errors
            : {};
      expect(Object.entries(fields)).toEqual([['__proto__', 'unknown_field']]);
    }
  });
});

describe('percent-encoded invalid UTF-8 in a form', () => {
  it('names the field it was sent in', async () => {
    const result = await handleRsvp(
      rsvpRequest('attending=yes&comment=%C3%28', { cookie, type: FORM_TYPE }),
      context(),
    );
    expect(result.status).toBe(400);
    expect(result instanceof Response ? null : result.kind === 'form' && result.errors).toEqual({
      comment: 'invalid_unicode',
    });
  });
});

describe('hostile requests to POST /admin/login', () => {
  let address = 0;
  const login = (body: BodyInit, type = FORM_TYPE, method = 'POST') =>
    new Request(`${SITE}/admin/login`, {
      method,
      headers: {
        'Content-Type': type,
        'Sec-Fetch-Site': 'same-origin',
        'CF-Connecting-IP': `10.9.0.${++address}`,
      },
      body: method === 'GET' ? undefined : body,
    });
  const adminCases: [string, () => Request, number][] = [
    ['a JSON body', () => login('{"password":"x"}', JSON_TYPE), 415],
    ['a text body', () => login('password=x', 'text/plain'), 415],
    ['a body over 16 KiB', () => login(`name=a&password=${'x'.repeat(17_000)}`), 413],
    ['invalid UTF-8', () => login(new Uint8Array([0x6e, 0x3d, 0xff])), 400],
    ['a NUL in the name', () => login('name=a%00b&password=x'), 400],
    ['a bidi override in the name', () => login(`name=${encodeURIComponent('a\u202eb')}&password=x`), 400],
    ['a repeated password', () => login('name=a&password=x&password=y'), 400],
    ['__proto__', () => login('name=a&password=x&__proto__.admin=1'), 400],
    ['a __proto__ field', () => login('name=a&password=x&__proto__=1'), 400],
    ['percent-encoded invalid UTF-8 in the name', () => login('name=%C3%28&password=x'), 400],
    ['an unknown field', () => login('name=a&password=x&role=admin'), 400],
    ['an empty password', () => login('name=a&password='), 400],
    [
      'a cross-site origin',
      () =>
        new Request(`${SITE}/admin/login`, {
          method: 'POST',
          headers: {
            'Content-Type': FORM_TYPE,
            'Sec-Fetch-Site': 'cross-site',
            Origin: 'https://evil.example',
          },
          body: 'name=a&password=x',
        }),
      403,
    ],
  ];
  for (const [name, request, status] of adminCases) {
    it(`refuses ${name} with ${status}, changing nothing`, async () => {
      const before = await snapshot();
      const result = await handleLogin(request(), context());
      expect(result.status).toBe(status);
      expect(await snapshot()).toEqual(before);
    });
  }
});
