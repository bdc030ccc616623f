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
    // Every event's purge of personal data first, event after event, so that no event's mail
    // (the KV operations of one invocation, 1,000, are shared by all) can leave any purge undone;
    // then each event's mail, one event at a time. A failure of one job never stops the next.
    // The counts are kept before the purge, which may remove the last of the event's data.
    const contexts = events.map((event) => base.forEvent(event));
    context.waitUntil(
      (async () => {
        for (const ctx of contexts)
          await keepSummary(ctx)
            .finally(() => ctx.store.purgeExpired(ctx.now))
            .catch((error: unknown) => console.error(`A daily purge failed: ${String(error)}`));
        for (const ctx of contexts) await Promise.allSettled([retryPendingNotices(ctx), sendDigest(ctx)]);
      })(),
    );
  },
} satisfies ExportedHandler<Env>;
