import type { OrganiserContext } from '#server/context.ts';
import { HttpError } from '#server/http/errors.ts';
import type { DownloadName } from '#server/urls.ts';
import { backupJson } from './backup.ts';
import { exportCsv, exportXlsx } from './export.ts';
import { linksCsv } from './guest-list.ts';

/** The organisers' files, by the name they are served under (`GET /admin/{name}`). */
const downloads: Record<
  DownloadName,
  (request: Request, ctx: OrganiserContext) => Response | Promise<Response>
> = {
  'export.csv': exportCsv,
  'export.xlsx': (_request, ctx) => exportXlsx(ctx),
  'links.csv': linksCsv,
  'backup.json': (_request, ctx) => backupJson(ctx),
};

/**
 * `GET /admin/{file}`: one of the organisers' files (the way in has checked the method and the
 * session); any other name does not exist.
 */
export function download(
  request: Request,
  ctx: OrganiserContext,
  name: string,
): Response | Promise<Response> {
  if (!Object.hasOwn(downloads, name)) throw new HttpError('not_found');
  return downloads[name as DownloadName](request, ctx);
}
