import { event } from '../../src/content/event.ts';
import { backupSchema } from '../../src/schemas/backup.ts';
import type { AppContext } from '../context.ts';
import { noStore } from '../http.ts';
import { organiserGate } from './gate.ts';

/**
 * `GET /admin/backup.json`: every guest, current reply and version of every reply, as one JSON
 * file the organisers keep. Read with list pages and bulk reads (100 keys an operation); checked
 * against its schema before it leaves, so a backup that could not be read back is never handed out.
 */
export async function backupJson(request: Request, ctx: AppContext): Promise<Response> {
  const session = await organiserGate(request, ctx, ['GET']);
  if (session instanceof Response) return session;
  const guests = await ctx.store.allGuests();
  const [replies, history] = await Promise.all([
    ctx.store.getReplies(guests.map((guest) => guest.id)),
    ctx.store.allHistory(),
  ]);
  const backup = backupSchema.parse({
    format: 'repondez-backup',
    version: 1,
    event: event.id,
    exportedAt: ctx.now.toISOString(),
    exportedBy: session.name,
    guests,
    replies: [...replies.values()],
    history,
  });
  const day = ctx.now.toISOString().slice(0, 10);
  return new Response(JSON.stringify(backup, null, 1), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.id}-backup-${day}.json"`,
      ...noStore,
    },
  });
}
