import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventText } from '#i18n/event-text.ts';
import { events } from '#tests/support/events.ts';

afterEach(() => vi.restoreAllMocks());

describe('the event texts of the pages', () => {
  it.each(events.map((event) => [event.id, event] as const))(
    'reuse their Intl formatters instead of making new ones for every page (%s)',
    (_id, event) => {
      const deadline = '2099-12-31T23:59:59+01:00';
      const first = event.languages.map((lang) => eventText(event, lang, deadline));
      // Making a formatter costs far more than formatting (a quarter of the reply page's Worker CPU).
      const dates = vi.spyOn(Intl, 'DateTimeFormat');
      const lists = vi.spyOn(Intl, 'ListFormat');
      const numbers = vi.spyOn(Intl, 'NumberFormat');
      const again = event.languages.map((lang) => eventText(event, lang, deadline));
      expect(dates).not.toHaveBeenCalled();
      expect(lists).not.toHaveBeenCalled();
      expect(numbers).not.toHaveBeenCalled();
      expect(again).toEqual(first);
    },
  );
});
