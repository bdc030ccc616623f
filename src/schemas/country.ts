import { z } from 'zod';

/**
 * Countries as the guest list gives them (a minister's, a delegation's): ISO 3166-1 alpha-2 codes,
 * written as EU texts write them (Interinstitutional Style Guide, 7.1.1): `EL` for Greece and `UK`
 * for the United Kingdom. `GR` and `GB` are read as those. Kosovo's `XK` is the code EU texts use.
 */
const ISO_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT ' +
  'BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ' +
  'EL ER ES ET FI FJ FK FM FO FR GA GD GE GF GG GH GI GL GM GN GP GQ GS GT GU GW GY HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT ' +
  'LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL ' +
  'NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH ' +
  'SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UK ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

/** Every country code the guest list takes, as stored. */
export const countryCodes: readonly string[] = ISO_CODES.split(' ');
const known = new Set(countryCodes);
/** ISO's codes for the two countries EU texts write otherwise. */
const EU_FORM: Record<string, string> = { GR: 'EL', GB: 'UK' };

/** A country code in any case, ISO's or the EU's, as stored (`gr` → `EL`). */
export const countryCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .transform((code) => EU_FORM[code] ?? code)
  .refine((code) => known.has(code), 'invalid_choice');

/** A guest list's or form's country cell: a code as countryCodeSchema reads it, or empty (none). */
export const countryCellSchema = z
  .string()
  .trim()
  .transform((code) => EU_FORM[code.toUpperCase()] ?? code.toUpperCase())
  .refine((code) => code === '' || known.has(code), 'invalid_choice')
  .transform((code) => code || undefined);

/** A stored country code (written by countryCodeSchema). */
export const storedCountrySchema = z.string().refine((code) => known.has(code), 'invalid_choice');

/**
 * The Member States of the European Union in the EU protocol order: the alphabetical order of their
 * names in their own languages (Interinstitutional Style Guide, 7.1.2), with the dates they joined
 * and, for one, left.
 */
const MEMBER_STATES: readonly { code: string; own: string; joined: string; left?: string }[] = [
  { code: 'BE', own: 'Belgique/België', joined: '1958-01-01' },
  { code: 'BG', own: 'България', joined: '2007-01-01' },
  { code: 'CZ', own: 'Česká republika', joined: '2004-05-01' },
  { code: 'DK', own: 'Danmark', joined: '1973-01-01' },
  { code: 'DE', own: 'Deutschland', joined: '1958-01-01' },
  { code: 'EE', own: 'Eesti', joined: '2004-05-01' },
  { code: 'IE', own: 'Éire/Ireland', joined: '1973-01-01' },
  { code: 'EL', own: 'Ελλάδα', joined: '1981-01-01' },
  { code: 'ES', own: 'España', joined: '1986-01-01' },
  { code: 'FR', own: 'France', joined: '1958-01-01' },
  { code: 'HR', own: 'Hrvatska', joined: '2013-07-01' },
  { code: 'IT', own: 'Italia', joined: '1958-01-01' },
  { code: 'CY', own: 'Κύπρος', joined: '2004-05-01' },
  { code: 'LV', own: 'Latvija', joined: '2004-05-01' },
  { code: 'LT', own: 'Lietuva', joined: '2004-05-01' },
  { code: 'LU', own: 'Luxembourg', joined: '1958-01-01' },
  { code: 'HU', own: 'Magyarország', joined: '2004-05-01' },
  { code: 'MT', own: 'Malta', joined: '2004-05-01' },
  { code: 'NL', own: 'Nederland', joined: '1958-01-01' },
  { code: 'AT', own: 'Österreich', joined: '1995-01-01' },
  { code: 'PL', own: 'Polska', joined: '2004-05-01' },
  { code: 'PT', own: 'Portugal', joined: '1986-01-01' },
  { code: 'RO', own: 'România', joined: '2007-01-01' },
  { code: 'SI', own: 'Slovenija', joined: '2004-05-01' },
  { code: 'SK', own: 'Slovensko', joined: '2004-05-01' },
  { code: 'FI', own: 'Suomi/Finland', joined: '1995-01-01' },
  { code: 'SE', own: 'Sverige', joined: '1995-01-01' },
  { code: 'UK', own: 'United Kingdom', joined: '1973-01-01', left: '2020-02-01' },
];

/** The Member States on `date` (YYYY-MM-DD), in the EU protocol order. */
export function memberStatesOn(date: string): string[] {
  return MEMBER_STATES.filter((state) => state.joined <= date && (!state.left || date < state.left)).map(
    (state) => state.code,
  );
}

/** A Member State's name in its own languages, as the protocol order sorts it. */
export const ownName = (code: string) => MEMBER_STATES.find((state) => state.code === code)?.own;

/**
 * The Presidency of the Council of the European Union, half a year each (January to June, July to
 * December), from 2007 to 2030 as the Council decided it (Decision (EU) 2016/1316).
 */
const PRESIDENCIES: Record<number, [string, string]> = {
  2007: ['DE', 'PT'],
  2008: ['SI', 'FR'],
  2009: ['CZ', 'SE'],
  2010: ['ES', 'BE'],
  2011: ['HU', 'PL'],
  2012: ['DK', 'CY'],
  2013: ['IE', 'LT'],
  2014: ['EL', 'IT'],
  2015: ['LV', 'LU'],
  2016: ['NL', 'SK'],
  2017: ['MT', 'EE'],
  2018: ['BG', 'AT'],
  2019: ['RO', 'FI'],
  2020: ['HR', 'DE'],
  2021: ['PT', 'SI'],
  2022: ['FR', 'CZ'],
  2023: ['SE', 'ES'],
  2024: ['BE', 'HU'],
  2025: ['PL', 'DK'],
  2026: ['CY', 'IE'],
  2027: ['LT', 'EL'],
  2028: ['IT', 'LV'],
  2029: ['LU', 'NL'],
  2030: ['SK', 'MT'],
};

/** The Member State holding the Council Presidency on `date` (YYYY-MM-DD), where the table knows it. */
export function presidencyOn(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  return PRESIDENCIES[year]?.[Number(date.slice(5, 7)) <= 6 ? 0 : 1];
}
