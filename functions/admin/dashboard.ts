import type { AudienceCategory } from '../../src/schemas/event.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { AppContext } from '../context.ts';
import type { Page, ReplySummary } from '../store.ts';

export interface GuestRow {
  id: string;
  name: string;
  organisation: string;
  category: AudienceCategory;
  language: Locale;
  reply: ReplySummary | null;
}

export interface Dashboard {
  counts: { invited: number; yes: number; no: number; delegate: number; pending: number };
  guests: GuestRow[];
}

async function all<T>(list: (cursor?: string) => Promise<Page<T>>) {
  const items: Page<T>['items'] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

/**
 * The organisers' overview from `list()` pages and their metadata alone: guests and replies are
 * read a thousand at a time (2·⌈N/1000⌉ KV operations), never one `get()` per guest.
 */
export async function dashboard(ctx: AppContext): Promise<Dashboard> {
  const [guests, replies] = await Promise.all([
    all((cursor) => ctx.store.listGuests(cursor)),
    all((cursor) => ctx.store.listReplies(cursor)),
  ]);
  const replyOf = new Map(replies.map((item) => [item.id, item.summary]));
  const rows = guests
    .map(({ id, summary }) => ({
      id,
      name: summary.n,
      organisation: summary.o,
      category: summary.c,
      language: summary.l,
      reply: replyOf.get(id) ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const counts = { invited: rows.length, yes: 0, no: 0, delegate: 0, pending: 0 };
  for (const row of rows) counts[row.reply?.a ?? 'pending']++;
  return { counts, guests: rows };
}
