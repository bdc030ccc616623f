import { eventSchema } from '../schemas/event.ts';

/**
 * The event, once: every fact of the invitation letter (../shared/seed/invitation-letter.txt), its
 * texts in the language of the original (English; translations are in ./letters/{lang}.ts).
 * Pages, the calendar file and the edge functions import it; nothing else repeats these facts.
 * Another event changes this file (and the letter's prose in ./letters/), not the code.
 */
export const event = eventSchema.parse({
  id: 'ministerial-dinner-2014',
  title: 'Ministerial dinner with the internet industry',
  host: {
    name: 'Cecilia Malmström',
    role: 'Member of the European Commission responsible for Home Affairs',
    institution: 'European Commission',
  },
  start: '2014-10-08T19:00:00+02:00',
  // The letter gives no end time. A ministerial working dinner runs about three hours, and the
  // ministers sit in the JHA Council the next morning: 22:30 is a sensible close for calendars.
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
  occasion: {
    name: 'JHA Council',
    date: '2014-10-09',
  },
  topics: [
    "The challenges posed by terrorists' use of the Internet and possible responses: tools and techniques to respond to terrorist online activities, with particular regard to the development of specific counter-narrative initiatives; voluntary & self-regulatory measures (e.g. flagging and reporting mechanisms); law-enforcement-driven measures (e.g. referral units, investigations, etc.);",
    'Internet-related security challenges in the context of wider relations with major companies from the Internet industry, taking account due process requirements and fundamental rights;',
    'Ways of building trust and more transparency.',
  ],
  audience: [
    { category: 'minister', label: "the Member States' Ministers of Interior" },
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
    controller: 'European Commission, Directorate-General for Migration and Home Affairs',
    dpo: 'DATA-PROTECTION-OFFICER@ec.europa.eu',
    processor: 'Cloudflare, Inc. (hosting and storage)',
    supervisor: 'European Data Protection Supervisor (EDPS)',
    supervisorUrl: 'https://www.edps.europa.eu',
  },
  retention: { days: 90, floorDays: 30 },
});
