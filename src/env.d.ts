// Astro types `locals` by augmenting its global `App` namespace; there is no module form.
declare namespace App {
  interface Locals {
    /**
     * The request's context, built once by the middleware (src/middleware.ts) for every route the
     * Worker renders; prerendered pages have none and never read it.
     */
    ctx: import('#server/context.ts').AppContext;
    /** The organiser's session, on the organisers' routes the way in let through. */
    session?: import('#server/admin/session.ts').CurrentSession;
    /** Why the page asked for was refused: the error page or the sign-in page shows it. */
    failure?: import('#server/dispatch.ts').Failure;
  }
}
