import { eventText } from '#i18n/event-text.ts';
import { adminTranslator } from '#i18n/index.ts';
import { languages } from '#i18n/locales.ts';
import { countsShown } from '#server/admin/counts.ts';
import { dashboard } from '#server/admin/dashboard.ts';
import type { DashboardView } from '#server/admin/views.ts';
import type { AppContext } from '#server/context.ts';
import { isOpen } from '#server/deadline.ts';
import type { ReplySummary } from '#server/store/store.ts';
import { organiserTime, organiserTimeWithOffset, type MailText } from './notice.ts';
import { sendToMailbox } from './send.ts';
import { urls } from '#server/urls.ts';

const a = adminTranslator();
const plural = new Intl.PluralRules('en');
/** Replies listed in one digest: a reception's busy day would otherwise make a mail of thousands of lines. */
const FRESH_ROWS = 100;

/** The line that counts what a list left out, if it left anything out. */
const more = (total: number, shown: number) =>
  total > shown ? [a('digest.more', { count: total - shown })] : [];

/** "attending, 1 companion" from a reply's list metadata. */
function summaryPhrase(reply: ReplySummary): string {
  const answer = a(`mail.answer.${reply.a}`);
  if (!reply.c) return answer;
  return `${answer}, ${a(`mail.companions.${plural.select(reply.c) === 'one' ? 'one' : 'other'}`, { count: reply.c })}`;
}

/** "attending → not attending" for a reply whose answer changed since the last digest. */
function changePhrase(then: ReplySummary | undefined, now: ReplySummary): string {
  const phrase = summaryPhrase(now);
  if (!then) return phrase;
  const was = summaryPhrase(then);
  return was === phrase ? a('digest.fresh.details', { answer: phrase }) : `${was} → ${phrase}`;
}

/**
 * The daily digest: the counts, the dietary totals, the replies new or changed since `since` (null:
 * the first digest) and who has still to reply, at most 100 replies and 50 names (the dashboard has them all).
 */
export function digestText(
  data: DashboardView,
  since: string | null,
  ctx: AppContext,
  /** For a reply that changed since the last digest: its answer then (sendDigest reads it). */
  before: ReadonlyMap<string, ReplySummary> = new Map(),
): MailText {
  const text = eventText(ctx.event, 'en', ctx.deadline);
  const fresh = data.guests.filter((row) => !row.withdrawn && row.reply && (!since || row.reply.u > since));
  const { counts } = data;
  const lines = [
    a('digest.event', { title: text.title, deadline: `${text.deadlineFull} (${text.deadlineZone})` }),
    '',
    a('digest.counts', {
      invited: counts.invited,
      // Only the counts of the parts the event asks for: no "sending a delegate 0" without delegates.
      replies: countsShown(ctx.event.options, ['yes', 'delegate', 'no', 'pending'] as const)
        .map((key) => a(`digest.counts.${key}`, { count: counts[key] }))
        .join(', '),
      covers: counts.covers,
      companions: ctx.event.options.companions
        ? a('digest.counts.companions', { count: counts.companions })
        : '',
    }),
  ];
  // Dietary requirements stay off the mail: counts beside the day's named replies would tell
  // who eats kosher or has an allergy (health and belief) in a mailbox no purge reaches. The
  // catering page has them.
  if (ctx.event.options.dietary || ctx.event.options.access)
    lines.push(a('digest.dietary', { url: new URL(urls.admin.catering(ctx.event), ctx.settings.site).href }));
  lines.push(
    '',
    since
      ? a('digest.fresh.since', { date: organiserTimeWithOffset(ctx.event, since) })
      : a('digest.fresh.first'),
    ...fresh.slice(0, FRESH_ROWS).map((row) =>
      a('digest.fresh.row', {
        guest: row.name,
        answer: changePhrase(before.get(row.id), row.reply as ReplySummary),
        reference: row.reply?.r ?? '',
        date: organiserTimeWithOffset(ctx.event, row.reply?.u ?? ''),
        source: a(`admin.source.${row.reply?.s ?? 'web'}`),
      }),
    ),
    ...more(fresh.length, FRESH_ROWS),
    '',
    a('digest.pending', { count: data.chase.total }),
    ...data.pending.map((row) =>
      a('digest.pending.row', { guest: row.name, language: languages[row.language] }),
    ),
    ...more(data.chase.total, data.pending.length),
  );
  // No request carries the site's address to the cron: the configured one (also hreflang's).
  lines.push(
    '',
    a('digest.dashboard', { url: new URL(urls.admin.dashboard(ctx.event), ctx.settings.site).href }),
  );
  return {
    subject: a('digest.subject', {
      date: organiserTime(ctx.event, ctx.now.toISOString()).replace(/, [^,]*$/, ''),
      fresh: fresh.length,
      yes: counts.yes + counts.delegate,
      pending: counts.pending,
    }),
    text: `${lines.join('\n')}\n`,
  };
}

/**
 * For each reply the digest lists as changed that had a version at the last digest: that version's
 * summary (one list page of the guest's history each, for at most the digest's FRESH_ROWS).
 */
export async function answersAt(
  ctx: AppContext,
  data: DashboardView,
  since: string | null,
): Promise<Map<string, ReplySummary>> {
  const result = new Map<string, ReplySummary>();
  if (!since) return result;
  // The rows digestText lists (the same filter, the same first FRESH_ROWS), with an earlier version.
  const changed = data.guests
    .filter((row) => !row.withdrawn && row.reply && row.reply.u > since)
    .slice(0, FRESH_ROWS)
    .filter((row) => (row.reply?.h ?? 2) > 1);
  await Promise.all(
    changed.map(async (row) => {
      const then = (await ctx.store.historySummaries(row.id)).filter((version) => version.u <= since).at(-1);
      if (then) result.set(row.id, then);
    }),
  );
  return result;
}

/**
 * From the daily cron, while replies are open: one message to the mailbox when replies arrived or
 * changed since the last digest, none otherwise. A failed send is tried again the next day (the
 * time of the last digest moves only once one is sent).
 */
export async function sendDigest(ctx: AppContext): Promise<'sent' | 'unchanged' | 'closed' | 'off'> {
  if (!ctx.mail) return 'off';
  if (!isOpen(ctx.now, ctx.deadline)) return 'closed';
  const since = await ctx.store.lastDigest();
  const data = await dashboard(ctx);
  const changed = data.guests.some((row) => row.reply && (!since || row.reply.u > since));
  if (!changed) return 'unchanged';
  await sendToMailbox(ctx.mail, ctx.event, digestText(data, since, ctx, await answersAt(ctx, data, since)));
  await ctx.store.putLastDigest(ctx.now);
  return 'sent';
}
