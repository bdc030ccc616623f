import { eventSchema } from '#schemas/event.ts';
import { eventNames } from './event-names.ts';

/**
 * The event, once: every fact of the invitation letter (../shared/seed/invitation-letter.txt), its
 * facts that are words in every official language in ./event-names.ts (the letter's prose is in
 * ./letters/{lang}.ts).
 * Pages, the calendar file and the edge functions import it; nothing else repeats these facts.
 * Another event changes this file (and the letter's prose in ./letters/), not the code.
 */
export const event = eventSchema.parse({
  id: 'ministerial-dinner-2014',
  // Where the site is deployed (astro.config.mjs reads it): set it before `npm run deploy`.
  site: 'https://invitation.example.org/',
  host: { name: 'Cecilia Malmström' },
  names: eventNames,
  start: '2014-10-08T19:00:00+02:00',
  // The letter gives no end time, and no page states one. Calendars need an end: a ministerial
  // working dinner runs about three hours, and the calendar file says this end is indicative.
  end: '2014-10-08T22:30:00+02:00',
  timeZone: 'Europe/Luxembourg',
  venue: {
    building: 'Kirchberg Conference Centre',
    hall: 'Salle des repas ministériels',
    rooms: ['REM 1', 'REM 2'],
    level: -2,
    street: "Place de l'Europe 4",
    postalCode: '1499',
    city: 'Luxembourg',
    country: 'LU',
  },
  occasion: { date: '2014-10-09' },
  topics: [
    'The challenges posed by terrorists’ use of the Internet and possible responses: tools and techniques to respond to terrorist online activities, with particular regard to the development of specific counter-narrative initiatives; voluntary & self-regulatory measures (e.g. flagging and reporting mechanisms); law-enforcement-driven measures (e.g. referral units, investigations, etc.);',
    'Internet-related security challenges in the context of wider relations with major companies from the Internet industry, taking account due process requirements and fundamental rights;',
    'Ways of building trust and more transparency.',
  ],
  audience: [
    { category: 'minister', label: 'the Member States’ Ministers of Interior' },
    { category: 'coordinator', label: 'the Counter-Terrorism Coordinator' },
    {
      category: 'industry',
      label: 'high-level representatives from major companies of the Internet industry',
    },
  ],
  // "by 29 September 2014": replies are open until the end of that day, Brussels time.
  deadline: '2014-09-30T00:00:00+02:00',
  mailbox: 'HOME-PREVENTION@ec.europa.eu',
  privacy: {
    dpo: 'DATA-PROTECTION-OFFICER@ec.europa.eu',
    supervisorUrl: 'https://www.edps.europa.eu',
  },
  accessibility: {
    reviewed: '2026-12-01',
    // EU institutions answer to the European Ombudsman for maladministration.
    enforcementUrl: 'https://www.ombudsman.europa.eu',
  },
  retention: { days: 90, floorDays: 30 },
});
