import { getCollection } from 'astro:content';
import type { EventText } from '#i18n/event-text.ts';
import { escapeHtml, typesetHtml } from '#i18n/format.ts';
import type { Locale } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import type { Letter } from '#schemas/letter.ts';
import { EventContentError } from './event-files.ts';
import { letterProblems } from './letter-check.ts';

/** A letter as the page shows it: its front matter, and its Markdown as HTML with placeholders. */
export interface RenderedLetter extends Letter {
  html: string;
}

/**
 * An event's letters from the `letters` collection (src/content.config.ts), by language; checked
 * across the event (./letter-check.ts) when the pages are built, so that a missing letter or a
 * wrong placeholder stops the build, naming the file.
 */
export async function lettersOf(event: Event): Promise<Map<Locale, RenderedLetter>> {
  const entries = await getCollection('letters', (entry) => entry.id.startsWith(`${event.id}/letters/`));
  const files = entries.map((entry) => ({
    lang: entry.id.split('/').at(-1) ?? '',
    notice: entry.data.notice,
    body: entry.body ?? '',
    html: entry.rendered?.html ?? '',
    data: entry.data,
  }));
  const problems = letterProblems(event, files);
  if (problems.length) throw new EventContentError(problems);
  return new Map(files.map((file) => [file.lang as Locale, { ...file.data, html: file.html }]));
}

const escape = escapeHtml;

/** An e-mail address as a link that may break before its "@", never at a hyphen (EmailAddress.astro). */
function mailLink(address: string): string {
  const at = address.lastIndexOf('@');
  const text =
    at > 0
      ? `<span class="nowrap">${escape(address.slice(0, at))}</span><wbr /><span class="nowrap">${escape(address.slice(at))}</span>`
      : escape(address);
  return `<a href="mailto:${escape(address)}">${text}</a>`;
}

/**
 * The letter's HTML with its placeholders filled in its language, every value escaped (a value is
 * text, never markup), the mailbox a link.
 */
export function fillLetter(html: string, text: EventText): string {
  const values: Record<string, string> = {
    title: escape(text.titleInline),
    host: escape(text.hostName),
    date: escape(text.dateInline),
    time: escape(text.startTime),
    end: escape(text.endTime),
    deadline: escape(text.deadlineInline),
    venue: escape(text.venueInline),
    city: escape(text.city),
    mailbox: mailLink(text.mailbox),
    occasion: escape(text.occasion ?? ''),
    occasionDate: escape(text.occasionDate ?? ''),
  };
  return typesetHtml(
    html.replace(/\{([a-zA-Z]+)\}/g, (match, name: string) => values[name] ?? match),
    text.lang,
  );
}
