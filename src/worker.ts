// The Worker entry (wrangler.toml `main`): Astro's handler for every request, with the security
// headers added to every response it makes (redirects and 404s included), and the daily purge.
// With the public secrets of .dev.vars.example it serves only local development.
import { handle } from '@astrojs/cloudflare/handler';
import { appContext } from '../functions/context.ts';
import { exampleSecretsRefusal } from '../functions/example-secrets.ts';
import { withSecurityHeaders } from '../functions/security-headers.ts';

export default {
  async fetch(request, env, context) {
    const refusal = exampleSecretsRefusal(env, request);
    if (refusal) return withSecurityHeaders(refusal);
    return withSecurityHeaders(await handle(request, env, context));
  },
  async scheduled(controller, env, context) {
    const ctx = appContext(env, new Date(controller.scheduledTime));
    context.waitUntil(ctx.store.purgeExpired(ctx.now));
  },
} satisfies ExportedHandler<Env>;
