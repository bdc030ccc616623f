import { describe, expect, it } from 'vitest';
import { event } from '#content/event.ts';
import { eventSchema } from '#schemas/event.ts';
import { eventText } from '#i18n/event-text.ts';

describe('the event module', () => {
  it('holds the dinner of the letter: 8 October 2014, 19:00 in Luxembourg (17:00 UTC)', () => {
    expect(new Date(event.start).toISOString()).toBe('2014-10-08T17:00:00.000Z');
    expect(event.timeZone).toBe('Europe/Luxembourg');
    expect(event.host.name).toBe('Cecilia Malmström');
    expect(event.venue).toMatchObject({
      building: 'Kirchberg Conference Centre',
      hall: 'Salle des repas ministériels',
      rooms: ['REM 1', 'REM 2'],
      level: -2,
      street: "Place de l'Europe 4",
      postalCode: '1499',
      city: 'Luxembourg',
    });
    expect(event.occasion.date).toBe('2014-10-09');
    expect(event.topics).toHaveLength(3);
    expect(event.audience.map((group) => group.category)).toEqual(['minister', 'coordinator', 'industry']);
    expect(event.mailbox).toBe('HOME-PREVENTION@ec.europa.eu');
  });

  it('closes replies at the end of 29 September 2014, Brussels time', () => {
    expect(new Date(event.deadline).toISOString()).toBe('2014-09-29T22:00:00.000Z');
  });

  it('ends after it starts', () => {
    expect(Date.parse(event.end)).toBeGreaterThan(Date.parse(event.start));
  });

  it('refuses a start time whose offset is not that of the time zone on that day', () => {
    const result = eventSchema.safeParse({ ...event, start: '2014-10-08T19:00:00+01:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['start']);
  });

  it('refuses an unknown time zone, an end before the start and a deadline after the event', () => {
    expect(eventSchema.safeParse({ ...event, timeZone: 'Europe/Atlantis' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, end: '2014-10-08T18:00:00+02:00' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, deadline: '2014-10-09T00:00:00+02:00' }).success).toBe(false);
  });

  it('refuses names missing in one language, so no page falls back to English', () => {
    const { mt: _dropped, ...names } = event.names;
    expect(eventSchema.safeParse({ ...event, names }).success).toBe(false);
    expect(
      eventSchema.safeParse({ ...event, names: { ...event.names, ga: { ...event.names.ga, city: '' } } })
        .success,
    ).toBe(false);
  });

  it('refuses unknown fields, so a typo cannot hide a fact', () => {
    expect(eventSchema.safeParse({ ...event, deadLine: event.deadline }).success).toBe(false);
  });
});

describe('the event as it reads in English', () => {
  const text = eventText(event, 'en');

  it('names the date, the time and the time zone with its UTC offset', () => {
    expect(text.date).toMatch(/^Wednesday,? 8\u00A0October 2014$/);
    expect(text.startTime).toBe('19:00');
    expect(text).not.toHaveProperty('timeRange'); // the letter gives no end time
    expect(text.zone).toBe('Luxembourg time, UTC+2');
  });

  it('reads the midnight deadline as the end of 29 September 2014', () => {
    expect(text.deadlineInline).toBe('29\u00A0September 2014');
    expect(text.deadlineFull).toBe('29\u00A0September 2014, end of day');
    expect(text.deadlineZone).toBe('Luxembourg time, UTC+2');
  });

  it('names any other deadline with its time, in the event time zone', () => {
    const other = eventText(event, 'en', '2014-09-29T15:00:00Z');
    expect(other.deadlineFull).toBe('29\u00A0September 2014, 17:00');
  });

  it('lists the addressees and the place as the letter does', () => {
    expect(text.audience).toBe(
      'the Member States’ Ministers of Interior, the Counter-Terrorism Coordinator and high-level representatives from major companies of the Internet industry',
    );
    expect(text.place).toBe(
      'Kirchberg Conference Centre, Salle des repas ministériels, level\u00a0\u22122, REM 1 & REM 2',
    );
    expect(text.address).toBe("Place de l'Europe 4, 1499 Luxembourg");
    expect(text.councilDate).toBe('9\u00A0October 2014');
  });
});

describe('the event in every language', () => {
  it('names the city in the language’s own form, and keeps the postal address as on the envelope', () => {
    expect(eventText(event, 'de').zone).toBe('Ortszeit Luxemburg, UTC+2');
    expect(eventText(event, 'el').zone).toBe('Λουξεμβούργο, τοπική ώρα, UTC+2');
    expect(eventText(event, 'fi').zone).toBe('Luxemburg, paikallista aikaa, UTC+2');
    expect(eventText(event, 'bg').zone).toBe('местно време в Люксембург, UTC+2');
    for (const lang of ['de', 'el', 'fi', 'bg'] as const)
      expect(eventText(event, lang).address).toBe("Place de l'Europe 4, 1499 Luxembourg");
  });

  it('writes the host’s role in lower case after her name where the language does, capitalised alone', () => {
    expect(eventText(event, 'fr').hostRole).toMatch(/^membre de la Commission européenne/);
    expect(eventText(event, 'fr').hostRoleAlone).toMatch(/^Membre de la Commission européenne/);
    for (const lang of ['el', 'ga', 'mt', 'fi'] as const) {
      const { hostRole } = eventText(event, lang);
      expect(hostRole[0], lang).toBe(hostRole[0]?.toLocaleLowerCase(lang));
    }
  });

  it('has an inline title that starts in lower case in English', () => {
    expect(eventText(event, 'en').titleInline).toBe('ministerial dinner with the internet industry');
  });
});
