import { html, type Html } from '#components/html.ts';
import { segments } from '#i18n/template.ts';

/**
 * An e-mail address as text: it may break before the "@" on a narrow screen, never at a hyphen of
 * its own ("HOME-" / "PREVENTION@…" would read as two words). Copied, it is the plain address.
 */
export function emailAddress(address: string): Html {
  const at = address.lastIndexOf('@');
  return at > 0
    ? html`<span class="nowrap">${address.slice(0, at)}</span><wbr><span class="nowrap">${address.slice(at)}</span>`
    : html`${address}`;
}

/** The links a sentence may carry: the web, mail, and this site's own pages (never `javascript:`). */
const linkable = /^(?:https?:|mailto:|#|\/(?!\/))/i;

/**
 * A sentence with `**bold**` and `{placeholders}`; a value given as `{ href, text }` becomes a link
 * (its text alone when the address is not `linkable`: the content's schemas refuse such a one).
 */
export function rich(
  template: string,
  values: Record<string, string | { href: string; text: string }> = {},
): Html {
  type Piece = { text: string; href?: string };
  const runs: { strong: boolean; pieces: Piece[] }[] = [];
  for (const segment of segments(template)) {
    let piece: Piece;
    if (segment.kind === 'text') piece = { text: segment.text };
    else {
      const value = values[segment.name];
      if (value === undefined) throw new Error(`No value for {${segment.name}} in "${template}"`);
      piece = typeof value === 'string' ? { text: value } : value;
    }
    const last = runs.at(-1);
    if (last && last.strong === segment.strong) last.pieces.push(piece);
    else runs.push({ strong: segment.strong, pieces: [piece] });
  }
  return html`${runs.map((run) => {
    const inner = run.pieces.map((piece) =>
      piece.href && linkable.test(piece.href)
        ? html`<a href="${piece.href}">${piece.href.startsWith('mailto:') ? emailAddress(piece.text) : piece.text}</a>`
        : piece.text,
    );
    return run.strong ? html`<strong>${inner}</strong>` : html`${inner}`;
  })}`;
}
