/**
 * How each official language writes a time of day, after the Interinstitutional Style Guide: a full
 * stop between hours and minutes ("19.00", "08.30"), but French "19 h" and "19 h 30", and
 * Portuguese "19h00". Words around the time ("um 19.00 Uhr", "klo 19.00") belong to the sentence.
 * Small and without imports: the optional script of the invitation page uses it too.
 */
interface TimeStyle {
  /** Hours with a leading zero ("08"). */
  pad: boolean;
  /** Between hours and minutes. */
  between: string;
  /** The whole hour, where the language leaves the minutes out ("19 h"). */
  wholeHour?: string;
}

const styles: Record<string, TimeStyle> = {
  fr: { pad: false, between: '\u00a0h\u00a0', wholeHour: '\u00a0h' },
  pt: { pad: false, between: 'h' },
};
const standard: TimeStyle = { pad: true, between: '.' };

/**
 * A 24-hour time as `lang` writes it, from its hour and minute.
 * @example timeOfDay('fr', 19, 0) // '19 h'
 * @example timeOfDay('nl', 8, 30) // '08.30'
 */
export function timeOfDay(lang: string, hour: number, minute: number): string {
  const style = styles[lang.slice(0, 2)] ?? standard;
  const hours = style.pad ? String(hour).padStart(2, '0') : String(hour);
  if (minute === 0 && style.wholeHour) return `${hours}${style.wholeHour}`;
  return `${hours}${style.between}${String(minute).padStart(2, '0')}`;
}
