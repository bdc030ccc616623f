// Astro types `locals` by augmenting its global `App` namespace; there is no module form.
declare namespace App {
  interface Locals {
    /**
     * The request's context, built once by the middleware (src/middleware.ts) for every route the
     * Worker renders: the event's (`eventContext`, `organiserContext`) on a route about one event.
     * Prerendered pages have none.
     */
    ctx?: import('#server/context.ts').SiteContext;
    /** The organiser's session, on the organisers' routes the way in let through. */
    session?: import('#server/admin/session.ts').CurrentSession;
    /** Why the page asked for was refused: the error page or the sign-in page shows it. */
    failure?: import('#server/dispatch.ts').Failure;
  }
}

/** The content's YAML files, as data (scripts/lib/vite-yaml.ts); their schemas say what they hold. */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
