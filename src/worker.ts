// The Worker entry (wrangler.toml `main`): Astro's handler for every request, with the security
// headers added to every response it makes (redirects and 404s included), each status line with its
// standard reason phrase and HTML declared UTF-8; and the daily cron (purge, notice retry, digest).
// With the public secrets of .dev.vars.example it serves only local development.
import { handle } from '@astrojs/cloudflare/handler';
import { events } from '#content/events.ts';
import { site } from '#content/site.ts';
import { siteContext } from '#server/context.ts';
import { keepSummary } from '#server/admin/events.ts';
import { exampleSecretsRefusal } from '#server/http/example-secrets.ts';
import { sendDigest } from '#server/mail/digest.ts';
import { retryPendingNotices } from '#server/mail/notify.ts';
import { withStandardHead } from '#server/http/response-head.ts';
import { withSecurityHeaders } from '#server/http/security-headers.ts';

export default {
  async fetch(request, env, context) {
    const refusal = exampleSecretsRefusal(env, request);
    if (refusal) return withSecurityHeaders(withStandardHead(refusal));
    return withSecurityHeaders(withStandardHead(await handle(request, env, context)));
  },
  async scheduled(controller, env, context) {
    const base = siteContext(env, site, events, new Date(controller.scheduledTime), (work) =>
      context.waitUntil(work),
    );
    // Every event's jobs. The purge of personal data first, so that the mail's KV operations
    // (they share the invocation's 1,000) can never leave it undone; a mail failure never stops it.
    for (const event of events) {
      const ctx = base.forEvent(event);
      context.waitUntil(
        // The counts are kept before the purge, which may remove the last of the event's data.
        keepSummary(ctx)
          .finally(() => ctx.store.purgeExpired(ctx.now))
          .finally(() => Promise.allSettled([retryPendingNotices(ctx), sendDigest(ctx)])),
      );
    }
  },
} satisfies ExportedHandler<Env>;
