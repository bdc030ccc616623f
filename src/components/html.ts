import { escapeHtml } from '#i18n/format.ts';

/**
 * Markup built as one string, for the parts of a page that every request renders (the reply form
 * and its fields). Astro renders each component and each expression through its async streaming
 * machinery, which was two thirds of the reply page's Worker CPU (#27, the bench's profile); these
 * functions give the same markup for a fraction. An `.astro` page writes one with
 * `<Fragment set:html={part.html} />`.
 *
 * Every value is escaped unless it is itself `Html`: a string can never become markup by mistake.
 */
export class Html {
  readonly html: string;
  constructor(markup: string) {
    this.html = markup;
  }
  toString(): string {
    return this.html;
  }
}

/**
 * What a template may hold: text (escaped), markup, a list of either, or nothing (false, null,
 * undefined). Not a number: `count && html\`…\`` would write "0"; write `String(count)`.
 */
export type Part = Html | string | false | null | undefined | readonly Part[];

function write(part: Part): string {
  if (part === false || part === null || part === undefined) return '';
  if (part instanceof Html) return part.html;
  if (typeof part === 'string') return escapeHtml(part);
  return part.map(write).join('');
}

/** Each template's own text, its layout taken out: worked out once per place in the code. */
const compacted = new WeakMap<TemplateStringsArray, readonly string[]>();

/**
 * A template of markup: `html\`<p class="hint">${text}</p>\``. A line break in the template's own
 * text, with the indentation after it, is layout: left out between two tags (as Astro compresses
 * its templates' whitespace), one space anywhere else (between attributes, or words); values are
 * written as they are.
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let texts = compacted.get(strings);
  if (!texts) {
    // Spaces and tabs only: `\s` would also take a no-break space written at a line's start.
    texts = strings.map((text) => text.replace(/>\n[ \t]*</g, '><').replace(/\n[ \t]*/g, ' '));
    compacted.set(strings, texts);
  }
  let out = texts[0] ?? '';
  for (let index = 0; index < parts.length; index++) out += write(parts[index]) + (texts[index + 1] ?? '');
  return new Html(out);
}

/** Markup from a string already built as markup (a translated sentence rendered by its own code). */
export const raw = (markup: string): Html => new Html(markup);

/**
 * Attributes as Astro writes them, each with its leading space: `true` alone (` checked`), nothing
 * for `false`, `null` or `undefined`, any other value quoted and escaped (`Html` as it is).
 */
export function attrs(attributes: Record<string, Html | string | number | boolean | null | undefined>): Html {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    out +=
      value === true
        ? ` ${name}`
        : ` ${name}="${value instanceof Html ? value.html : escapeHtml(String(value))}"`;
  }
  return new Html(out);
}
