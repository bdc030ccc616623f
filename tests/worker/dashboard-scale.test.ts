import { env } from 'cloudflare:workers';
import { urls } from '#server/urls.ts';
import { describe, expect, it } from 'vitest';
import { catering } from '#server/admin/catering.ts';
import { dashboard } from '#server/admin/dashboard.ts';
import { digestText } from '#server/mail/digest.ts';
import { createStore } from '#server/store/store.ts';
import { backupSchema } from '#schemas/backup.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { EVENT, adminGet, context, signIn } from './support.ts';
import { backupJson, exportCsv, exportXlsx } from './through.ts';
import { strFromU8, unzipSync } from 'fflate';

/** The real binding, counting every KV operation made through it. */
function counted(kv: KVNamespace) {
  const operations = { count: 0 };
  const proxy = new Proxy(kv, {
    get(target, property) {
      const member = Reflect.get(target, property, target);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        operations.count++;
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { proxy, operations };
}

const N = 10_000;

describe('the organisers’ pages for 10,000 guests', () => {
  it(`reads list pages only: at most 2·⌈N/1000⌉ + 2 KV operations`, { timeout: 120_000 }, async () => {
    const store = createStore(env.RSVPS, EVENT);
    for (let start = 0; start < N; start += 500) {
      await Promise.all(
        Array.from({ length: 500 }, (_, offset) => {
          const id = `scale${String(start + offset).padStart(5, '0')}`;
          return store.putGuest(aGuest({ id, companions: 1 }));
        }),
      );
    }
    const replied = Array.from({ length: 3000 }, (_, index) => `scale${String(index * 3).padStart(5, '0')}`);
    for (let start = 0; start < replied.length; start += 500) {
      await Promise.all(
        replied.slice(start, start + 500).map((guestId, index) =>
          store.saveReply(
            aReply({
              guestId,
              attending: index % 2 ? 'yes' : 'no',
              dietary: index % 2 ? ['vegetarian'] : [],
              companions: index % 4 === 1 ? [{ name: 'Adviser' }] : [],
            }),
          ),
        ),
      );
    }

    const { proxy, operations } = counted(env.RSVPS);
    const ctx = { ...context(), store: createStore(proxy, EVENT) };
    const data = await dashboard(ctx);
    expect(data.counts.invited).toBe(N);
    expect(data.counts.yes + data.counts.no).toBe(3000);
    expect(data.counts.pending).toBe(N - 3000);
    expect(data.dietary.vegetarian).toBe(1500);
    expect(operations.count).toBeLessThanOrEqual(2 * Math.ceil(N / 1000) + 2);
    // The chase list a page at a time (its reminders made 16 MB of HTML at 10,000 guests unpaged).
    expect(data.chase).toEqual({ total: N - 3000, page: 1, pages: Math.ceil((N - 3000) / 50) });
    expect(data.pending).toHaveLength(50);
    const last = await dashboard(ctx, 1_000);
    expect(last.chase.page).toBe(Math.ceil((N - 3000) / 50));
    expect(last.pending).toHaveLength((N - 3000) % 50 || 50);
    expect(last.pending.every((row) => row.link.startsWith('/i/') && !row.reply)).toBe(true);
    // The daily digest names the first page of them and counts the rest.
    const digest = digestText(data, null, ctx).text;
    expect(digest).toContain(`Still to reply (${N - 3000}):`);
    // The first digest lists the first 100 of the 3,000 replies and the first 50 still to reply.
    expect(digest.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(150);
    expect(digest).toContain(`… and ${3000 - 100} more`);
    expect(digest).toContain(`… and ${N - 3000 - 50} more`);

    // The catering page: the same lists, then a bulk read (100 keys) of the replies that record a need.
    operations.count = 0;
    const meals = await catering(ctx);
    expect(meals.byCode.vegetarian).toHaveLength(1500);
    // 1,500 attending guests (each vegetarian) and 750 companions (no requirement): the kitchen
    // cooks 750 standard meals beside the 1,500 special ones.
    expect({ covers: meals.covers, special: meals.special }).toEqual({ covers: 2250, special: 1500 });
    expect(meals.covers).toBe(data.counts.covers);
    expect(operations.count).toBeLessThanOrEqual(2 * Math.ceil(N / 1000) + 2 + Math.ceil(1500 / 100));

    // The downloads read every record, in bulk: well within a Worker's 1,000 operations.
    const cookie = await signIn();
    operations.count = 0;
    const csv = await (
      await exportCsv(adminGet(urls.admin.download(EVENT, 'export.csv'), cookie), ctx)
    ).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(N + 1);
    const exportBudget = Math.ceil(N / 1000) + 2 * Math.ceil(N / 100) + 2;
    expect(operations.count).toBeLessThanOrEqual(exportBudget);
    operations.count = 0;
    const backup = backupSchema.parse(
      await (await backupJson(adminGet(urls.admin.download(EVENT, 'backup.json'), cookie), ctx)).json(),
    );
    expect(backup.guests).toHaveLength(N);
    expect(backup.history).toHaveLength(3000);
    expect(operations.count).toBeLessThanOrEqual(
      exportBudget + Math.ceil(3000 / 1000) + Math.ceil(3000 / 100),
    );
    expect(operations.count).toBeLessThan(1000);

    // The workbook, built in the isolate (which has no Web Worker for a zip library to hand off to):
    // its sheet passes 1 MB, every guest a row.
    operations.count = 0;
    const workbook = await exportXlsx(adminGet(urls.admin.download(EVENT, 'export.xlsx'), cookie), ctx);
    expect(workbook.status).toBe(200);
    const bytes = new Uint8Array(await workbook.arrayBuffer());
    const sheet = unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array();
    expect(sheet.byteLength).toBeGreaterThan(1_000_000);
    expect(strFromU8(sheet).match(/<row /g)).toHaveLength(N + 1);
    // Every guest's id in column A (an independent reader reads the workbook back in tests/unit/xlsx.test.ts:
    // read-excel-file itself unzips large files in a Web Worker, so it cannot run here).
    const ids = [...strFromU8(sheet).matchAll(/<c r="A\d+"[^>]*><is><t[^>]*>(scale\d+)</g)];
    expect(new Set(ids.map((match) => match[1])).size).toBe(N);
    expect(operations.count).toBeLessThanOrEqual(exportBudget);
  });
});
