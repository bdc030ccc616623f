import { describe, expect, it } from 'vitest';
import { events } from '#content/events.ts';
import { chaseDraft } from '#server/admin/chase.ts';

/** What some mail programs accept in a `mailto:` link (the whole URL, percent-encoded). */
const MAILTO_LIMIT = 2000;

describe.each(events.map((event) => [event.id, event] as const))('the reminders of %s', (_, event) => {
  it('fit in a mailto: link every mail program opens, in each of its languages, for a long address and link', () => {
    for (const language of event.languages) {
      const draft = chaseDraft(
        event,
        {
          email: 'secretariat.of.the.minister@interior-ministry.gov.example.eu',
          language,
          link: `https://invitations.example.europa.eu/i/${'A'.repeat(64)}`,
        },
        new Date(event.deadline),
      );
      expect(draft?.href.length ?? 0, `${event.id} ${language}`).toBeLessThanOrEqual(MAILTO_LIMIT);
      expect(draft?.body, language).toContain('https://invitations.example.europa.eu/i/');
    }
  });
});

describe('the venue lines of every event', () => {
  it('join rooms with the language’s own words, never " & " outside English', () => {
    for (const event of events)
      for (const [lang, texts] of Object.entries(event.texts))
        if (lang !== 'en')
          for (const line of [...(texts?.venue ?? []), texts?.title ?? '', texts?.titleInline ?? ''])
            expect(line, `${event.id} ${lang}`).not.toContain(' & ');
  });
});
