import { displayNames } from './intl-cache.ts';

/** ISO's codes for the codes EU texts write otherwise (Intl knows ISO's). */
const ISO_FORM: Record<string, string> = { EL: 'GR', UK: 'GB' };

/**
 * A country's name in English, as the organisers' pages show it (their interface is English).
 * @example countryName('EL') // 'Greece'
 */
export function countryName(code: string): string {
  return displayNames('en').of(ISO_FORM[code] ?? code) ?? code;
}
