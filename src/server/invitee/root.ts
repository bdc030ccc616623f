import { translatedLocales } from '#i18n/index.ts';
import type { AppContext } from '#server/context.ts';
import { negotiateLanguage } from '#server/http/language.ts';
import { urls } from '#server/urls.ts';

/**
 * `GET /`: no page of its own; a redirect to the invitation in the visitor's language. It depends
 * on Accept-Language, so it says so (Vary) and is never cached.
 */
export function redirectToInvitation(request: Request, ctx: AppContext): Response {
  const lang = negotiateLanguage(request.headers.get('Accept-Language'), translatedLocales);
  return new Response(null, {
    status: 302,
    headers: {
      Location: urls.invitation(ctx.event, lang),
      Vary: 'Accept-Language',
      'Cache-Control': 'no-store',
    },
  });
}
