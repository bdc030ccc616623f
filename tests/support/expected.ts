/**
 * What the shipped events' pages must say, written by hand from each event's brief (for the dinner,
 * the signed letter of 2014): the tests that check wording read it here, never from the event's
 * own files, so that a wrong fact in the content fails them. An event without an entry (one an
 * events officer has just created) is checked by the tests that hold for any event only.
 */
import type { Locale } from '#i18n/locales.ts';

export interface PagesSay {
  /** Words of this event that no other event's pages may contain (its people, places, kind, year). */
  ownWords: string[];
  /** The English letter page: its heading, passages in order, and what follows the last one. */
  letter: { heading: string; inOrder: string[]; after: string };
  /** The at-a-glance box of the English letter. */
  glance: { date: RegExp; time: string; deadline: string; absent: string[] };
  /** The English link to the calendar file, and the start in the file (UTC). */
  calendar: { link: string; start: string };
  /** The "in your time zone" line for a visitor in New York, by language. */
  localTime?: Partial<Record<Locale, string>>;
}

export const pagesSay: Record<string, PagesSay> = {
  'ministerial-dinner-2014': {
    ownWords: ['Malmström', 'Kirchberg', 'dinner', '2014', 'Luxembourg', 'JHA Council', 'HOME-PREVENTION'],
    letter: {
      heading: 'Ministerial dinner with the internet industry',
      inOrder: [
        'Dear colleague,',
        'The internet and social media play a profoundly positive role',
        'The internet is largely operated by private companies',
        'submitted to the JHA Council on 9 October 2014',
        'we will host a ministerial dinner on 8 October 2014',
        'In particular, during the discussion we would like to touch upon the following issues:',
        'The challenges posed by terrorists’ use of the Internet',
        'Internet-related security challenges',
        'Ways of building trust and more transparency.',
        'This invitation is addressed to the Member States’ Ministers of Interior, the Counter-Terrorism Coordinator and high-level representatives',
        'The dinner will take place on 8 October 2014 at 19.00 in Luxembourg (Kirchberg Conference Centre; Salle des repas ministériels, level \u22122, REM 1 & REM 2; Place de l’Europe 4, 1499 Luxembourg) on the eve of the JHA Council meeting.',
        'We would appreciate a confirmation of your participation by 29 September 2014 to the following functional e-mail address: HOME-PREVENTION@ec.europa.eu',
        'We look forward to welcoming you in Luxembourg on 8 October 2014.',
        'Yours sincerely,',
        'Cecilia Malmström',
      ],
      after: 'Member of the European Commission responsible for Home Affairs',
    },
    glance: {
      date: /Wednesday,? 8 October 2014/,
      time: '19.00 (Luxembourg time, UTC+2)',
      deadline: '29 September 2014, end of day (Luxembourg time, UTC+2)',
      // The letter gives no end time.
      absent: ['22.30', '–'],
    },
    calendar: { link: 'Add the dinner to your calendar (.ics)', start: '20141008T170000Z' },
    localTime: {
      mt: 'Fiż-żona tal-ħin tiegħek: L-Erbgħa, 8 ta’ Ottubru 2014, 13.00',
      ga: 'I do chrios ama féin: Dé Céadaoin 8 Deireadh Fómhair 2014, ag 13.00',
    },
  },
  'digital-breakfast-2027': {
    ownWords: ['breakfast', 'Helsinki', 'Helsingfors', 'Wallet', '2027', 'Malminkatu', 'Europe House'],
    letter: {
      heading: 'Working breakfast on the European Digital Identity Wallet',
      inOrder: [
        'Dear Ambassador, dear colleague,',
        'The European Digital Identity Wallet will let everyone who lives in the Union prove who they are',
        'I would be pleased to welcome you to a working breakfast on 18 March 2027, from 08.00 to 09.30, at Europe House',
        'Over breakfast, we would like to hear from you:',
        'what your country has learnt from its own digital identity schemes;',
        'how public services and businesses can prepare for the wallet;',
        'how to explain it to citizens in plain words.',
        'The breakfast ends at 09.30, in time for the morning’s meetings.',
        'Please reply by 11 March 2027, 17.00 through your personal invitation link, or by e-mail to breakfast-rsvp@invitation.example.org.',
        'With kind regards,',
        'Head of the Representation',
      ],
      after: 'European Commission Representation in Finland',
    },
    glance: {
      date: /Thursday,? 18 March 2027/,
      time: '08.00–09.30 (Helsinki time, UTC+2)',
      deadline: '11 March 2027, 17.00 (Helsinki time, UTC+2)',
      absent: ['end of day'],
    },
    calendar: { link: 'Add the breakfast to your calendar (.ics)', start: '20270318T060000Z' },
  },
};
