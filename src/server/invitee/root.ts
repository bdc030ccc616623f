import { translatedLocales } from '#i18n/index.ts';
import { negotiateLanguage } from '#server/http/language.ts';

/**
 * `GET /`: no page of its own; a redirect to the invitation in the visitor's language. It depends
 * on Accept-Language, so it says so (Vary) and is never cached.
 */
export function redirectToInvitation(request: Request): Response {
  const lang = negotiateLanguage(request.headers.get('Accept-Language'), translatedLocales);
  return new Response(null, {
    status: 302,
    headers: { Location: `/${lang}/`, Vary: 'Accept-Language', 'Cache-Control': 'no-store' },
  });
}
