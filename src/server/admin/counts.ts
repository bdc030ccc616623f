import type { EventOptions } from '#schemas/event.ts';
import type { Counts } from './views.ts';

/** The option of the event a count belongs to: an event without it shows no such count. */
const countOption: Partial<Record<keyof Counts, keyof EventOptions>> = {
  delegate: 'delegates',
  companions: 'companions',
};

/**
 * The counts an event's pages show, in the order given: those of the parts of the reply its
 * options ask for (no "Companions 0" where there are none).
 * @example countsShown(event.options, ['invited', 'yes', 'delegate'])
 */
export function countsShown<K extends keyof Counts>(options: EventOptions, keys: readonly K[]): K[] {
  return keys.filter((key) => {
    const option = countOption[key];
    return !option || options[option];
  });
}
