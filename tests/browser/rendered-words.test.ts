import { describe, expect, inject, it } from 'vitest';
import { locales, type Locale } from '#i18n/locales.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;

// The English values of the event's configuration, written out here (not imported) so that this
// test reads the pages as a person would, whatever the configuration module looks like.
const englishValues = [
  'European Commission, Directorate-General for Migration and Home Affairs',
  'Cloudflare, Inc. (hosting and storage)',
  'European Data Protection Supervisor',
  'Ministerial dinner with the internet industry',
  'Member of the European Commission responsible for Home Affairs',
  'JHA Council',
];
/** The postal address, which stays as on the envelope in every language. */
const postalAddress = "Place de l'Europe 4, 1499 Luxembourg";
/** The languages whose own name of the city is the English one. */
const cityAsInEnglish = new Set<Locale>(['en', 'da', 'et', 'fr', 'hr', 'hu', 'sl']);

/** The text a reader sees: no markup, styles or scripts, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The invitation cookie of a guest, as a client without a browser gets it. */
async function invitationCookie(guest: string): Promise<string> {
  const response = await fetch(url(links[guest] ?? ''), { redirect: 'manual' });
  expect(response.status).toBe(303);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

async function page(path: string, cookie = ''): Promise<string> {
  const response = await fetch(url(path), { headers: cookie ? { Cookie: cookie } : {} });
  expect(response.status, path).toBe(200);
  return visibleText(await response.text());
}

describe('the words of the event in every language', () => {
  it('no English configuration value on any non-English page, outside the postal address', async () => {
    const cookie = await invitationCookie('testwords');
    for (const lang of locales.filter((code) => code !== 'en')) {
      for (const path of [`/${lang}/`, `/${lang}/privacy`, `/${lang}/reply`]) {
        const text = (await page(path, cookie)).replaceAll(postalAddress, '');
        for (const value of englishValues) expect(text, `${path}: ${value}`).not.toContain(value);
        if (!cityAsInEnglish.has(lang)) expect(text, `${path}: Luxembourg`).not.toContain('Luxembourg');
      }
    }
  });

  it('no invented end time on the letter or the reply page, in any language', async () => {
    const cookie = await invitationCookie('testwords');
    for (const lang of locales) {
      for (const path of [`/${lang}/`, `/${lang}/reply`])
        expect(await page(path, cookie), path).not.toContain('22:30');
    }
  });

  it('no ASCII ";" in Greek text (it is the Greek question mark), a recorded reply with lists included', async () => {
    const cookie = await invitationCookie('testwords');
    const body = new URLSearchParams([
      ['attending', 'yes'],
      ['dietary', 'vegetarian'],
      ['dietary', 'nut_allergy'],
      ['dietaryNotes', 'Χωρίς σουσάμι'],
      ['companions.0.name', 'Ανδρέας Ανδρέου'],
      ['companions.0.position', 'Διευθυντής του Γραφείου'],
      ['companions.0.dietary', 'halal'],
      ['respondent.name', 'Ελένη Γεωργίου'],
      ['respondent.email', 'office@example.org'],
      ['lang', 'el'],
    ]);
    const confirmation = await fetch(url('/api/rsvp'), {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(confirmation.status).toBe(200);
    const pages = [visibleText(await confirmation.text())];
    for (const path of ['/el/', '/el/privacy', '/el/reply']) pages.push(await page(path, cookie));
    expect(pages[3]).toContain('Ανδρέας Ανδρέου');
    for (const text of pages) expect(text.match(/.{0,40};.{0,20}/g) ?? []).toEqual([]);
  });

  it('counts in the language’s plural: "up to 1 companion" in English', async () => {
    const text = await page('/en/reply', await invitationCookie('testcount'));
    expect(text).toContain('Your invitation includes up to 1 companion.');
    expect(text).not.toContain('1 companions');
  });
});

describe('French typography and the host’s role after her name', () => {
  it('puts a no-break space before the colon, and the role in lower case after the comma', async () => {
    const text = await page('/fr/');
    expect(text).toContain('Langue\u00a0:');
    expect(text).toContain('Cecilia Malmström, membre de la Commission européenne');
    expect(text).toContain('Membre de la Commission européenne'); // the signature, on a line of its own
  });
});

describe('the head of every dynamic response', () => {
  const requests: [string, RequestInit, number, string][] = [
    ['/', {}, 302, 'Found'],
    ['/en/reply', {}, 401, 'Unauthorized'],
    ['/i/unknown-token', {}, 404, 'Not Found'],
    ['/nonexistent', {}, 404, 'Not Found'],
    ['/admin', {}, 401, 'Unauthorized'],
    ['/en/', {}, 200, 'OK'],
    ['/api/rsvp', { method: 'PUT' }, 405, 'Method Not Allowed'],
    [
      '/api/rsvp',
      { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' },
      415,
      'Unsupported Media Type',
    ],
    [
      '/api/rsvp',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'attending=yes',
      },
      401,
      'Unauthorized',
    ],
  ];

  it('carries the status’s standard reason phrase', async () => {
    for (const [path, init, status, reason] of requests) {
      const response = await fetch(url(path), { redirect: 'manual', ...init });
      expect(`${response.status} ${response.statusText}`, `${init.method ?? 'GET'} ${path}`).toBe(
        `${status} ${reason}`,
      );
    }
  });

  it('declares HTML as UTF-8, whatever the status', async () => {
    const cookie = await invitationCookie('testcount');
    const html: [string, RequestInit][] = [
      ['/en/reply', {}],
      ['/mt/reply', { headers: { Cookie: cookie } }],
      ['/i/unknown-token', {}],
      ['/admin', {}],
      [
        '/api/rsvp',
        {
          method: 'POST',
          headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'attending=maybe&lang=mt',
        },
      ],
      [
        '/api/rsvp',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'attending=yes',
        },
      ],
    ];
    for (const [path, init] of html) {
      const response = await fetch(url(path), { redirect: 'manual', ...init });
      expect(
        response.headers.get('Content-Type'),
        `${init.method ?? 'GET'} ${path} (${response.status})`,
      ).toBe('text/html; charset=utf-8');
    }
  });
});
