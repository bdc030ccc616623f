/** A run of text in a sentence: literal text or a named placeholder, possibly set in bold. */
export type Segment =
  { kind: 'text'; text: string; strong: boolean } | { kind: 'value'; name: string; strong: boolean };

/**
 * Splits a sentence with `**bold**` spans and `{name}` placeholders into segments, so components
 * can render values as markup (links, times) without building HTML from strings.
 * @example segments('by **{deadline}**') // [{text 'by '}, {value 'deadline', strong}]
 */
export function segments(template: string): Segment[] {
  const result: Segment[] = [];
  let strong = false;
  for (const part of template.split(/(\*\*|\{[a-zA-Z]+\})/)) {
    if (part === '**') strong = !strong;
    else if (/^\{[a-zA-Z]+\}$/.test(part)) result.push({ kind: 'value', name: part.slice(1, -1), strong });
    else if (part) result.push({ kind: 'text', text: part, strong });
  }
  return result;
}

/**
 * Fills `{name}` placeholders with plain strings (no markup).
 * @example interpolate('Reply by {date}', { date: '29 September 2014' })
 */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/**
 * The names of the `{name}` placeholders of a text, each once, in order.
 * @example placeholders('On {date} at {time}, {date}') // ['date', 'time']
 */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1] ?? ''))];
}
