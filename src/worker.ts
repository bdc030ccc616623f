// The Worker entry (wrangler.toml `main`): Astro's handler for every request, with the security
// headers added to every response it makes (redirects and 404s included), each status line with its
// standard reason phrase and HTML declared UTF-8, and the daily purge.
import { handle } from '@astrojs/cloudflare/handler';
import { appContext } from '../functions/context.ts';
import { withStandardHead } from '../functions/response-head.ts';
import { withSecurityHeaders } from '../functions/security-headers.ts';

export default {
  async fetch(request, env, context) {
    return withSecurityHeaders(withStandardHead(await handle(request, env, context)));
  },
  async scheduled(controller, env, context) {
    const ctx = appContext(env, new Date(controller.scheduledTime));
    context.waitUntil(ctx.store.purgeExpired(ctx.now));
  },
} satisfies ExportedHandler<Env>;
