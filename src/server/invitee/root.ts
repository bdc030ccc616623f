import type { Event } from '#schemas/event.ts';
import type { SiteContext } from '#server/context.ts';
import { negotiateLanguage } from '#server/http/language.ts';
import { urls } from '#server/urls.ts';

/**
 * `GET /{event}`: the event's letter in the visitor's language among the event's (its original
 * when none fits). It depends on Accept-Language, so it says so (Vary).
 */
export function redirectToEvent(request: Request, event: Event): Response {
  const lang = negotiateLanguage(request.headers.get('Accept-Language'), event.languages, event.original);
  return new Response(null, {
    status: 302,
    headers: { Location: urls.invitation(event, lang), Vary: 'Accept-Language' },
  });
}

/** `GET /`: the site's default event (site.yaml `defaultEvent`), or null when it names none. */
export function defaultEvent(ctx: SiteContext): Event | null {
  return ctx.events.find((event) => event.id === ctx.settings.defaultEvent) ?? null;
}
