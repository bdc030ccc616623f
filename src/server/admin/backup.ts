import { backupSchema } from '#schemas/backup.ts';
import type { OrganiserContext } from '#server/context.ts';
import { download } from '#server/http/responses.ts';
import type { Store } from '#server/store/store.ts';

/** The backup's fields before its lists, checked by the backup's own schema. */
const headSchema = backupSchema.pick({
  format: true,
  version: true,
  event: true,
  exportedAt: true,
  exportedBy: true,
});
const itemSchemas = backupSchema.shape;

/**
 * The backup's JSON text, a piece at a time: the head, then each list a KV page at a time. Every
 * item is checked against the backup's schema before it is written, so what is handed out reads
 * back. Replies and versions of a guest the backup does not hold are left out, as a restore would
 * refuse them.
 */
async function* backupText(store: Store, head: unknown): AsyncGenerator<string> {
  const json = JSON.stringify(headSchema.parse(head));
  yield `${json.slice(0, -1)},\n"guests": [`;
  const guestIds = new Set<string>();
  let first = true;
  for await (const guests of store.guestPages()) {
    for (const guest of guests) guestIds.add(guest.id);
    const items = guests.map((guest) => JSON.stringify(itemSchemas.guests.element.parse(guest)));
    if (items.length) yield `${first ? '\n' : ',\n'}${items.join(',\n')}`;
    first &&= !items.length;
  }
  for (const [name, pages] of [
    ['replies', store.replyPages()],
    ['history', store.historyPages()],
  ] as const) {
    yield `\n],\n"${name}": [`;
    first = true;
    for await (const replies of pages) {
      const items = replies
        .filter((reply) => guestIds.has(reply.guestId))
        .map((reply) => JSON.stringify(itemSchemas[name].element.parse(reply)));
      if (items.length) yield `${first ? '\n' : ',\n'}${items.join(',\n')}`;
      first &&= !items.length;
    }
  }
  yield '\n]\n}\n';
}

/** A byte stream that asks `chunks` for its next piece only when the reader wants more. */
function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // A read that fails midway cuts the file short: it is then not valid JSON, and no restore
        // takes it for a whole backup.
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * `GET /admin/backup.json`: every guest, current reply and version of every reply, as one JSON
 * file the organisers keep. Streamed as it is read, a list page (1,000 keys) and its bulk reads
 * (100 keys an operation) at a time, so neither the Worker's memory nor the time to the first byte
 * grows with the history.
 */
export function backupJson(ctx: OrganiserContext): Response {
  const { event, session } = ctx;
  const head = {
    format: 'repondez-backup',
    version: 1,
    event: event.id,
    exportedAt: ctx.now.toISOString(),
    exportedBy: session.name,
  };
  const day = ctx.now.toISOString().slice(0, 10);
  return download(
    streamOf(backupText(ctx.store, head)),
    'application/json; charset=utf-8',
    `${event.id}-backup-${day}.json`,
  );
}
