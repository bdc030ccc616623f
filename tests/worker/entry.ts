// The Worker that the workerd test layer loads: the tests import the modules they exercise, so
// this entry only has to exist (wrangler.toml's own `main` needs Astro's build-time modules).
export default {
  fetch: () => new Response('Répondez test worker', { status: 404 }),
} satisfies ExportedHandler<Env>;
