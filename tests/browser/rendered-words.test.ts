import { describe, expect, inject, it } from 'vitest';
import { textsIn, type Event, type EventTexts } from '#schemas/event.ts';
import { EVENT, events, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const anyLinks = inject('anyLinks');
const url = (path: string) => new URL(path, baseUrl).href;

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
async function invitationCookie(guest: string, from = links): Promise<string> {
  const response = await fetch(url(from[guest] ?? ''), { redirect: 'manual' });
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

/** The invitation cookie of a guest of `event` (for its reply page), as a client without a browser gets it. */
const cookieOf = (event: Event) => invitationCookie(event.id, anyLinks);

describe('the words of the event in every language', () => {
  it('no value of the original’s texts on a page in another language, unless that language writes it the same', async () => {
    for (const event of events) {
      const cookie = await cookieOf(event);
      const original = textsIn(event, event.original);
      const values = (texts: EventTexts) => [
        texts.title,
        texts.host.role,
        texts.institution,
        texts.city,
        texts.occasion ?? '',
        texts.privacy.controller,
        texts.privacy.supervisor,
        ...texts.venue,
      ];
      for (const lang of event.languages.filter((code) => code !== event.original)) {
        const own = values(textsIn(event, lang));
        const foreign = values(original).filter(
          (value) => value && !own.some((mine) => mine.includes(value)),
        );
        for (const path of [
          urls.invitation(event, lang),
          urls.privacy(event, lang),
          urls.reply(event, lang),
        ]) {
          const text = await page(path, cookie);
          for (const value of foreign) expect(text, `${path}: ${value}`).not.toContain(value);
        }
      }
    }
  });

  it('the end time on the letter only where the event shows it, and never on the reply page', async () => {
    for (const event of events) {
      const cookie = await cookieOf(event);
      for (const lang of event.languages) {
        // The end as any language writes it ("09:30", "09.30", "9.30").
        const [hour, minute] = new Intl.DateTimeFormat('en-GB', {
          timeStyle: 'short',
          timeZone: event.timeZone,
        })
          .format(new Date(event.end))
          .split(':');
        const end = new RegExp(`(^|\\D)0?${Number(hour)}[.:]${minute}(\\D|$)`);
        // The letter gives the end only where the event shows it; the reply page names no time.
        const letter = await page(urls.invitation(event, lang), cookie);
        if (event.options.showEnd) expect(letter, lang).toMatch(end);
        else expect(letter, lang).not.toMatch(end);
        expect(await page(urls.reply(event, lang), cookie), lang).not.toMatch(end);
      }
    }
  });

  it('no ASCII ";" in Greek text (it is the Greek question mark), a recorded reply with lists included', async () => {
    const cookie = await invitationCookie('testwords');
    const body = new URLSearchParams([
      ['attending', 'yes'],
      ['dietary', 'vegetarian'],
      ['allergens', 'milk'],
      ['severeAllergens', 'peanuts'],
      ['dietaryNotes', 'Χωρίς σουσάμι'],
      ['companions.0.name', 'Ανδρέας Ανδρέου'],
      ['companions.0.position', 'Διευθυντής του Γραφείου'],
      ['companions.0.dietary', 'halal'],
      ['respondent.name', 'Ελένη Γεωργίου'],
      ['respondent.email', 'office@example.org'],
      ['lang', 'el'],
    ]);
    const confirmation = await fetch(url(urls.rsvp(EVENT)), {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(confirmation.status).toBe(200);
    const pages = [visibleText(await confirmation.text())];
    for (const path of [urls.invitation(EVENT, 'el'), urls.privacy(EVENT, 'el'), urls.reply(EVENT, 'el')])
      pages.push(await page(path, cookie));
    expect(pages[3]).toContain('Ανδρέας Ανδρέου');
    for (const text of pages) expect(text.match(/.{0,40};.{0,20}/g) ?? []).toEqual([]);
  });

  it('counts in the language’s plural: "up to 1 companion" in English', async () => {
    const text = await page(urls.reply(EVENT, 'en'), await invitationCookie('testcount'));
    expect(text).toContain('Your invitation includes up to 1 companion.');
    expect(text).not.toContain('1 companions');
  });
});

describe('French typography and the host’s role after the name', () => {
  for (const event of events.filter((item) => item.languages.includes('fr'))) {
    it(`${urls.invitation(event, 'fr')}: a no-break space before the colon, the role after the name, the signature`, async () => {
      const text = await page(urls.invitation(event, 'fr'));
      const { host, signature } = textsIn(event, 'fr');
      expect(text).toContain('Langue\u00a0:');
      expect(text).toContain(`${host.name}, ${host.role}`);
      for (const line of signature) expect(text).toContain(line);
    });
  }
});
