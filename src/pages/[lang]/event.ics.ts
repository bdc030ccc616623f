import type { APIRoute } from 'astro';
import { eventCalendar } from '#server/invitee/calendar.ts';
import { translatedLocales } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';

export function getStaticPaths() {
  return translatedLocales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(eventCalendar(params.lang as Locale), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
