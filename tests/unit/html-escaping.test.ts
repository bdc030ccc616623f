/**
 * The markup written as strings (src/components/html.ts and its users) escapes every value and keeps
 * the template's own text. Findings of the security review of 2026-12-07, each a test that failed
 * on the code before its mend.
 */
import { describe, expect, it } from 'vitest';
import { html } from '#components/html.ts';
import { rich } from '#components/rich.ts';
import { escapeHtml } from '#i18n/format.ts';
import { webAddress } from '#schemas/text.ts';
import { textsIn } from '#schemas/event.ts';
import { replyPageParts } from '#components/reply/reply-body.ts';
import type { ReplyView } from '#server/invitee/views.ts';
import { events } from '#tests/support/events.ts';

describe('markup as strings', () => {
  it('escapes an apostrophe too, so a value is safe in an attribute in either quotes', () => {
    expect(escapeHtml(`x' onmouseover='alert(1)`)).toBe('x&#39; onmouseover=&#39;alert(1)');
    expect(html`<a title="${"x' onmouseover='alert(1)"}"></a>`.html).not.toContain("' onmouseover='");
  });

  it('keeps a no-break space written at the start of a template line (only spaces and tabs are layout)', () => {
    // prettier-ignore
    const atLineStart = html`<p>a
      \u00a0b</p>`;
    expect(atLineStart.html).toBe('<p>a \u00a0b</p>');
    // prettier-ignore
    const betweenTags = html`<ul>
      <li>x</li>
    </ul>`;
    expect(betweenTags.html).toBe('<ul><li>x</li></ul>');
  });

  it('links a sentence only to the web, mail or this site, never to a script', () => {
    expect(rich('{s}', { s: { href: 'javascript:alert(1)', text: 'x' } }).html).toBe('x');
    expect(rich('{s}', { s: { href: ' javascript:alert(1)', text: 'x' } }).html).toBe('x');
    expect(rich('{s}', { s: { href: '//elsewhere.example/', text: 'x' } }).html).toBe('x');
    expect(rich('{s}', { s: { href: 'https://edps.europa.eu/', text: 'x' } }).html).toBe(
      '<a href="https://edps.europa.eu/">x</a>',
    );
  });

  it("refuses a content link that is not http(s) (the supervisor's and the enforcement body's)", () => {
    for (const address of ['javascript:alert(1)', 'data:text/html,<script>', 'mailto:a@example.org'])
      expect(webAddress.safeParse(address).success, address).toBe(false);
    expect(webAddress.safeParse('https://edps.europa.eu/data-protection_en').success).toBe(true);
  });
});

describe('the closed reply page', () => {
  it("writes the event's words as text: braces and asterisks in a city's name neither break nor bold it", () => {
    const [shipped] = events;
    if (!shipped) throw new Error('no event');
    const texts = textsIn(shipped, 'en');
    const event = {
      ...shipped,
      languages: ['en' as const],
      original: 'en' as const,
      texts: { en: { ...texts, city: 'Luxem**bourg** {oops}' } },
    };
    const guest = { id: 'g1', name: 'Guest', companions: 0 } as ReplyView['guest'];
    const view: ReplyView = {
      lang: 'en',
      guest,
      deadline: new Date(event.deadline),
      kind: 'closed',
      status: 403,
      reply: null,
    } as ReplyView;
    const { body } = replyPageParts(view, event);
    expect(body.html).toContain('Luxem**bourg** {oops}');
    expect(body.html).not.toContain('<strong>bourg</strong>');
  });
});
