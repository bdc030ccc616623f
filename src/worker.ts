// The Worker entry (wrangler.toml `main`): Astro's handler for everything, with the security
// headers added to every response it makes (redirects and 404s included).
import { handle } from '@astrojs/cloudflare/handler';
import { withSecurityHeaders } from '../functions/security-headers.ts';

export default {
  async fetch(request, env, context) {
    return withSecurityHeaders(await handle(request, env, context));
  },
} satisfies ExportedHandler<Env>;
