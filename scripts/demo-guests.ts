import { guestSchema, type Guest } from '#schemas/guest.ts';

/**
 * The demo guest list that `npm start` seeds into local KV: the letter's addressees by title only
 * (no real personal data). Ministers in the protocol order of the Member States of 2014, each in
 * an official language of their country; then the coordinator; then the internet industry by role.
 */
const ministers: [id: string, country: string, title: string, language: Guest['language']][] = [
  ['uzmvn115bz', 'Belgium', 'Minister of the Interior', 'fr'],
  ['wi2l4nqbfi', 'Bulgaria', 'Minister of the Interior', 'bg'],
  ['poq00zwfls', 'the Czech Republic', 'Minister of the Interior', 'cs'],
  ['c4y8rcg6bm', 'Denmark', 'Minister for Justice', 'da'],
  ['ng9ptv8jkg', 'Germany', 'Federal Minister of the Interior', 'de'],
  ['nowmebpg9e', 'Estonia', 'Minister of the Interior', 'et'],
  ['cwm8k0gzc1', 'Ireland', 'Minister for Justice and Equality', 'en'],
  ['oz9z4iyq3w', 'Greece', 'Minister of Public Order and Citizen Protection', 'el'],
  ['hxwcjrwq33', 'Spain', 'Minister of the Interior', 'es'],
  ['3wb4t9yfkd', 'France', 'Minister of the Interior', 'fr'],
  ['0xb1rj7hlx', 'Croatia', 'Minister of the Interior', 'hr'],
  ['je2qinessv', 'Italy', 'Minister of the Interior', 'it'],
  ['nah6u9itqg', 'Cyprus', 'Minister of Justice and Public Order', 'el'],
  ['lcprvrrjlp', 'Latvia', 'Minister of the Interior', 'lv'],
  ['2tthz3vatw', 'Lithuania', 'Minister of the Interior', 'lt'],
  ['44jb9g1j8r', 'Luxembourg', 'Minister for Internal Security', 'fr'],
  ['wtdu9gu3ht', 'Hungary', 'Minister of the Interior', 'hu'],
  ['0xskn05ei7', 'Malta', 'Minister for Home Affairs and National Security', 'mt'],
  ['v7e80n1nod', 'the Netherlands', 'Minister of Security and Justice', 'nl'],
  ['wtcznrwao7', 'Austria', 'Federal Minister of the Interior', 'de'],
  ['29ua1hrxn9', 'Poland', 'Minister of the Interior', 'pl'],
  ['x4cjmu1x71', 'Portugal', 'Minister of Internal Administration', 'pt'],
  ['726p05614h', 'Romania', 'Minister of Internal Affairs', 'ro'],
  ['glb12kbtqr', 'Slovenia', 'Minister of the Interior', 'sl'],
  ['7tyloyw24t', 'Slovakia', 'Minister of the Interior', 'sk'],
  ['go564y8xek', 'Finland', 'Minister of the Interior', 'fi'],
  ['zncvjurp9a', 'Sweden', 'Minister for Justice', 'sv'],
  ['gp02u9e5v9', 'the United Kingdom', 'Secretary of State for the Home Department', 'en'],
];

const industry: [id: string, role: string, company: string][] = [
  ['wk7or9x0tw', 'Head of Public Policy, Europe', 'A social network'],
  ['aiqqwxmy0m', 'General Counsel', 'A search engine'],
  ['kma5y7mu6i', 'Vice-President, Trust and Safety', 'A video-sharing platform'],
  ['6viijc8pbv', 'Director of Government Affairs', 'A microblogging service'],
  ['sf6yty12ev', 'Chief Executive Officer', 'A European hosting provider'],
];

export const demoGuests: Guest[] = [
  ...ministers.map(([id, country, title, language]) => ({
    id,
    name: `${title} of ${country}`,
    position: title,
    organisation: `Government of ${country}`,
    // A reserved example domain: the chase list's reminders open addressed, but reach nobody.
    email: `${id}@private-office.example`,
    language,
    category: 'minister' as const,
    companions: 1,
    linkVersion: 1,
  })),
  {
    id: 'kxu0lgqkgs',
    name: 'EU Counter-Terrorism Coordinator',
    position: 'EU Counter-Terrorism Coordinator',
    organisation: 'Council of the European Union',
    email: '',
    language: 'en',
    category: 'coordinator',
    companions: 1,
    linkVersion: 1,
  },
  ...industry.map(([id, role, company]) => ({
    id,
    name: `${role}, ${company.replace(/^A /, 'a ')}`,
    position: role,
    organisation: company,
    email: '',
    language: 'en' as const,
    category: 'industry' as const,
    companions: 0,
    linkVersion: 1,
  })),
].map((guest) => guestSchema.parse(guest));
