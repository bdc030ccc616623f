import type { OrganiserContext } from '#server/context.ts';
import { HttpError } from '#server/http/errors.ts';
import type { DownloadName } from '#server/urls.ts';
import { backupJson } from './backup.ts';
import { exportCsv, exportXlsx } from './export.ts';
import { kitchenXlsx } from './kitchen.ts';
import { personalLinksCsv } from '#server/guest-list/links-csv.ts';
import { download as file } from '#server/http/responses.ts';

/**
 * `GET /admin/{event}/links.csv`: `id,name,email,language,link` for every guest whose invitation
 * stands (a withdrawn one's link does not work), as the CLI prints it.
 */
async function linksCsv(request: Request, ctx: OrganiserContext): Promise<Response> {
  const csv = await personalLinksCsv(
    ctx.event.id,
    await ctx.store.allGuests(),
    ctx.env.INVITE_SECRET,
    request.url,
  );
  return file(csv, 'text/csv; charset=utf-8', `${ctx.event.id}-links.csv`);
}

/** The organisers' files, by the name they are served under (`GET /admin/{event}/{name}`).*/
const downloads: Record<
  DownloadName,
  (request: Request, ctx: OrganiserContext) => Response | Promise<Response>
> = {
  'export.csv': exportCsv,
  'export.xlsx': (_request, ctx) => exportXlsx(ctx),
  'kitchen.xlsx': (_request, ctx) => kitchenXlsx(ctx),
  'links.csv': linksCsv,
  'backup.json': (_request, ctx) => backupJson(ctx),
};

/**
 * `GET /admin/{event}/{file}`: one of the event's files for the organisers (the way in has checked the method and the
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
