/**
 * The status line and media type of every response the Worker sends. Astro's responses carry
 * `statusText: 'OK'` whatever their status ("401 OK"), and `text/html` without a charset: a proxy
 * or an old browser guessing the encoding would garble the 24 languages.
 */

/** The standard reason phrases (RFC 9110 §15) of the statuses this site sends. */
export const reasonPhrases: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The response with its status's standard reason phrase and, for HTML, `charset=utf-8`. */
export function withStandardHead(response: Response): Response {
  const type = response.headers.get('Content-Type');
  const statusText = reasonPhrases[response.status] ?? '';
  const isBareHtml = type !== null && /^text\/html\s*$/i.test(type);
  if (response.statusText === statusText && !isBareHtml) return response;
  const fixed = new Response(response.body, {
    status: response.status,
    statusText,
    headers: response.headers,
  });
  if (isBareHtml) fixed.headers.set('Content-Type', 'text/html; charset=utf-8');
  return fixed;
}
