// Part of the store (src/server/store/store.ts): the reads every part shares (bulk gets, listings by page), each a bounded number of KV operations.

export const LIST_PAGE = 1000;
/** Keys an erasure deletes in one request at most, so it stays within a request's KV operations. */
export const ERASE_CHUNK = 400;
/** KV's bulk read takes up to 100 keys in one operation. */
const BULK_READ = 100;

export interface Listed<T> {
  id: string;
  summary: T;
}

export interface Page<T> {
  items: Listed<T>[];
  /** Present when another page follows. */
  cursor?: string;
}

/** Every item of a paged listing, following its cursors. */
export async function allPages<T>(list: (cursor?: string) => Promise<Page<T>>): Promise<Listed<T>[]> {
  const items: Listed<T>[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

/** The reads over one namespace that the parts of the store share. */
export function kvReads(kv: KVNamespace) {
  /** The JSON values of `names` that exist, by key name: one KV operation per 100 keys. */
  async function getMany(names: string[]): Promise<Map<string, unknown>> {
    const found = new Map<string, unknown>();
    const chunks = Array.from({ length: Math.ceil(names.length / BULK_READ) }, (_, index) =>
      names.slice(index * BULK_READ, (index + 1) * BULK_READ),
    );
    for (const values of await Promise.all(chunks.map((chunk) => kv.get(chunk, 'json')))) {
      for (const [name, value] of values) if (value !== null) found.set(name, value);
    }
    return found;
  }

  /** Every key name under `prefix`, a list page (one KV operation) per 1,000. */
  async function keyNames(prefix: string): Promise<string[]> {
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await kv.list({ prefix, cursor, limit: LIST_PAGE });
      names.push(...page.keys.map((key) => key.name));
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
    return names;
  }

  /**
   * The values under `prefix` in key order, one list page (and its bulk reads) at a time. Guests
   * and current replies count only with their summary metadata, as in every listing of them (a key
   * without it is not one this store wrote, and the purge removes it).
   */
  async function* recordPages(prefix: string, listedOnly = false): AsyncGenerator<unknown[]> {
    let cursor: string | undefined;
    do {
      const page = await kv.list({ prefix, cursor, limit: LIST_PAGE });
      const names = page.keys
        .filter((key) => !listedOnly || key.metadata !== undefined)
        .map((key) => key.name);
      const values = await getMany(names);
      yield names.flatMap((name) => (values.has(name) ? [values.get(name)] : []));
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
  }

  async function listPage<T>(prefix: string, cursor?: string): Promise<Page<T>> {
    const result = await kv.list<T>({ prefix, cursor, limit: LIST_PAGE });
    return {
      items: result.keys.flatMap((key) =>
        key.metadata === undefined ? [] : [{ id: key.name.slice(prefix.length), summary: key.metadata }],
      ),
      ...(result.list_complete ? {} : { cursor: result.cursor }),
    };
  }

  return { getMany, keyNames, recordPages, listPage };
}
