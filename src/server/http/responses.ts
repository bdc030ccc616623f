/** Headers every personal, organisers' or API response carries (the Worker renders nothing else). */
export const noStore = { 'Cache-Control': 'no-store' } as const;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...noStore, ...headers },
  });
}

/**
 * A 303 to `location` (after a form, or a personal link), with a cookie to set if any.
 * @example return seeOther(urls.admin.guest(ctx.event, id, { done: 'added' }));
 */
export function seeOther(location: string, cookie?: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, ...(cookie ? { 'Set-Cookie': cookie } : {}), ...noStore },
  });
}

/** A file to save: its media type and the name it is saved under. */
export function download(body: BodyInit, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${filename}"`,
      ...noStore,
    },
  });
}
