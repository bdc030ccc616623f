import type { APIContext } from 'astro';
import type { LoginView } from '#server/admin/auth.ts';
import type { AppContext } from '#server/context.ts';
import { signInRequired } from '#server/admin/sign-in.ts';

declare global {
  // Astro types `locals` by augmenting its global `App` namespace; there is no module form.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace App {
    interface Locals {
      /** Set by `showSignIn` for the sign-in page it renders in place of the refused page. */
      signIn?: LoginView;
    }
  }
}

/**
 * Answers a request the gate refused for want of a session with the sign-in page (401, HTML),
 * rendered by /admin in place of the refused page: the organiser signs in where they are, and
 * goes back there (`returnTo` for a route that has no page to go back to) with any form they had
 * sent. Pages and endpoints alike call it.
 * @example if (needsSignIn(result)) return showSignIn(Astro, ctx);
 */
export async function showSignIn(
  context: Pick<APIContext, 'request' | 'locals' | 'rewrite' | 'url'>,
  ctx: AppContext,
  returnTo?: string,
): Promise<Response> {
  context.locals.signIn = await signInRequired(context.request, ctx, returnTo);
  return context.rewrite(new Request(new URL('/admin', context.url)));
}
