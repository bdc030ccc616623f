import type { APIRoute } from 'astro';
import { events } from '#content/events.ts';
import type { Locale } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import { eventCalendar } from '#server/invitee/calendar.ts';

export function getStaticPaths() {
  return events.flatMap((event) =>
    event.languages.map((lang) => ({ params: { event: event.id, lang }, props: { event } })),
  );
}

export const GET: APIRoute<{ event: Event }> = ({ params, props }) =>
  new Response(eventCalendar(props.event, params.lang as Locale), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
