import type { AppContext } from '#server/context.ts';
import { UPLOAD_MAX_ROWS, importGuests, parseGuestList } from '#server/guest-list/guest-import.ts';
import { readBodyBytes } from '#server/http/body.ts';
import { HttpError } from '#server/http/errors.ts';
import type { ImportView } from './views.ts';

/** A guest list file may be up to 1 MiB (some 5,000 guests). */
export const GUEST_LIST_LIMIT_BYTES = 1024 * 1024;
/** Room for the multipart framing around the file (boundaries, part headers). */
const MULTIPART_OVERHEAD_BYTES = 4096;

/**
 * `POST /admin/import` (multipart, field `file`): the guest list CSV from the organisers' page, by
 * the same parser and import as the CLI. Any bad row: nothing imported, every problem listed.
 */
export async function importUpload(request: Request, ctx: AppContext): Promise<ImportView> {
  if (!(request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    throw new HttpError('unsupported_media_type');
  }
  const problem = (status: number, code: string): ImportView => ({
    status,
    problems: [{ row: 0, column: '', code }],
  });
  // Read with a cap, whatever the request claims (a chunked upload has no Content-Length), and
  // only then parsed: a multipart body the runtime cannot read is the sender's fault (400), not ours.
  let form: FormData;
  try {
    const bytes = await readBodyBytes(request, GUEST_LIST_LIMIT_BYTES + MULTIPART_OVERHEAD_BYTES);
    form = await new Response(bytes, {
      headers: { 'Content-Type': request.headers.get('Content-Type') ?? '' },
    }).formData();
  } catch (error) {
    if (error instanceof HttpError && error.code === 'payload_too_large') return problem(413, 'too_large');
    return problem(400, 'malformed_upload');
  }
  const file = form.get('file');
  if (file !== null && typeof file !== 'string' && file.size > GUEST_LIST_LIMIT_BYTES) {
    return problem(413, 'too_large');
  }
  // A form sent with no file chosen still has the part: empty, and without a name.
  if (!file || typeof file === 'string' || (file.size === 0 && file.name === '')) {
    return problem(400, 'no_file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { status: 400, problems: [{ row: 0, column: '', code: 'invalid_unicode' }] };
  }
  const parsed = parseGuestList(text, ctx.event, UPLOAD_MAX_ROWS);
  if (!parsed.ok) return { status: 400, problems: parsed.problems };
  return { status: 200, result: await importGuests(ctx.store, parsed.rows, parsed.optional) };
}
