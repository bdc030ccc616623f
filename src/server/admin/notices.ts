import type { OrganiserContext } from '#server/context.ts';
import { seeOther } from '#server/http/responses.ts';
import { retryPendingNotices } from '#server/mail/notify.ts';
import { urls } from '#server/urls.ts';

/**
 * `POST /admin/{event}/notices`: sends the waiting notices again now, those the daily run has given
 * up on too, then back to the dashboard, which says so and counts what still waits.
 */
export async function resendNotices(ctx: OrganiserContext): Promise<Response> {
  await retryPendingNotices(ctx, { byHand: true });
  return seeOther(urls.admin.dashboard(ctx.event, { done: 'resent' }));
}
