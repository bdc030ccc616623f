import { html, type Html } from '#components/html.ts';
import type { ReplyView } from '#server/invitee/views.ts';
import type { Event } from '#schemas/event.ts';
import { urls } from '#server/urls.ts';
import { eventText, zoneName } from '#i18n/event-text.ts';
import { formatDate, formatTime } from '#i18n/format.ts';
import { interfaceLocale, translator, type MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { interpolate } from '#i18n/template.ts';
import { errorSummary } from '#components/errors/error-summary.ts';
import { fieldAnchor, inFormOrder, summaryMessage } from '#i18n/field-labels.ts';
import { rich } from '#components/rich.ts';
import { siteFooter, subpageMasthead } from '#components/site-parts.ts';
import { labelled, mailtoWithin, replyLines, typedFields } from '#server/invitee/closed-draft.ts';
import { recordedReply } from './recorded-reply.ts';
import { replyForm } from './reply-form.ts';

/**
 * The reply page in each of its states (form, confirmed, closed): its language, its title and
 * everything in its body but the script. One string (#27): as Astro markup, rendering it was most
 * of the page's Worker CPU.
 */
export function replyPageParts(view: ReplyView, event: Event): { lang: Locale; title: string; body: Html } {
  const lang = interfaceLocale(view.lang);
  const t = translator(lang);
  const text = eventText(event, lang, view.deadline);

  /** "{date} at {time} ({city} time, UTC±n)" for a time we recorded, in the event's zone. */
  const when = (iso: string) =>
    t('reply.at', {
      date: formatDate(iso, lang, event.timeZone, { weekday: false }),
      time: formatTime(iso, lang, event.timeZone),
      zone: zoneName(event, lang, iso),
    });

  const heading =
    view.kind === 'confirmed'
      ? t('reply.confirmed.heading')
      : view.kind === 'closed'
        ? t('reply.closed.heading')
        : t('reply.title');
  const title =
    view.kind === 'form' && (Object.keys(view.errors).length || view.notice)
      ? t('reply.errorTitle', { title: `${heading} — ${text.title}` })
      : `${heading} — ${text.title}`;

  const current = (reply: NonNullable<ReplyView['reply']>, reference: boolean) =>
    html`<section aria-labelledby="current-heading" class="current"><h2 id="current-heading">${t('reply.current')}</h2><p class="muted">${t('reply.lastChanged', { when: when(reply.updatedAt) })}</p>${
      reference &&
      html`<dl class="recorded"><div><dt>${t('reply.confirmed.reference')}</dt><dd class="reference">${reply.reference}</dd></div></dl>`
    }${recordedReply(reply, t, lang)}</section>`;
  const none = html`<p class="muted">${t('reply.none')}</p>`;

  let content: Html;
  if (view.kind === 'form') {
    // The one summary of a refusal, straight after the heading (its fields, or what happened).
    const summary = errorSummary({
      heading: view.notice ? t('error.heading') : t('reply.errorSummary'),
      description: view.notice
        ? t(`error.${view.notice}` as MessageKey, { mailbox: text.mailbox, deadline: text.deadlineFull })
        : undefined,
      items: inFormOrder(view.errors).map(([field, code]) => ({
        href: `#${fieldAnchor(field)}`,
        text: summaryMessage(field, code, t),
      })),
    });
    content = html`${summary}<p class="greeting">${t('reply.greeting', { name: view.guest.name })}</p><p>${interpolate(text.sentences.intro, { title: text.titleInline, date: text.date })}</p><p>${t('reply.deadline', { deadline: text.deadlineFull, zone: text.deadlineZone })}</p>${
      view.reply ? current(view.reply, false) : none
    }<h2>${t(view.reply ? 'reply.changeHeading' : 'reply.formHeading')}</h2>${replyForm({
      lang,
      event,
      t,
      values: view.values,
      errors: view.errors,
      submissionId: view.submissionId,
      changing: view.reply !== null,
      allowance: view.guest.companions,
    })}`;
  } else if (view.kind === 'confirmed') {
    content = html`<p class="greeting">${t('reply.greeting', { name: view.guest.name })}</p><div class="receipt" role="status"><dl class="recorded"><div><dt>${t('reply.confirmed.reference')}</dt><dd class="reference">${view.reply.reference}</dd></div><div><dt>${t('reply.confirmed.recordedAt')}</dt><dd>${when(view.reply.updatedAt)}</dd></div></dl>${recordedReply(view.reply, t, lang)}<p class="muted">${t('reply.confirmed.print')}</p><ul class="plain no-print"><li><a href="${urls.calendar(event, lang)}" download="event.ics">${text.addToCalendar}</a></li><li><a href="${urls.reply(event, lang)}">${t('reply.confirmed.change')}</a></li></ul></div>`;
  } else {
    // The message to the organisers: the guest, the reference in force and, sent after the
    // deadline, the reply as typed (cut to the length every mail client opens; the page shows all).
    const typed = view.typed;
    const typedList = view.typedForm ? typedFields(view.typedForm, t) : [];
    const typedLines = typed
      ? replyLines(typed, t, lang)
      : typedList.map(([label, value]) => labelled(label, value, lang));
    const draft = mailtoWithin(
      text.mailbox,
      t('reply.closed.subject', { name: view.guest.name }),
      // The template's closing blank line is the dictionary's, which trims: written here.
      [
        t('reply.closed.bodyText', {
          name: view.guest.name,
          reference: view.reply?.reference ?? '—',
        }).trimEnd(),
        ...(typedLines.length ? ['', ...typedLines] : []),
      ].join('\n') + '\n',
      t('reply.closed.shortened'),
    );
    content = html`<p class="greeting">${t('reply.greeting', { name: view.guest.name })}</p><p>${rich(
      // The event's words go in as values, never into the sentence that `rich` reads for its
      // `{…}` and `**`: a brace or asterisks in a city's name are text.
      t('reply.closed.body'),
      {
        deadline: text.deadlineFull,
        zone: text.deadlineZone,
        mailbox: { href: `mailto:${text.mailbox}`, text: text.mailbox },
      },
    )}</p>${draft.cut && html`<p data-typed-cut>${t('reply.closed.typedCut')}</p>`}<p><a class="button" href="${draft.href}">${t('reply.closed.mailto')}</a></p>${
      (typed || typedList.length > 0) &&
      html`<section aria-labelledby="typed-heading" class="current" data-typed><h2 id="typed-heading">${t('reply.closed.typed')}</h2><p class="muted">${t('reply.closed.typedHint', { button: t('reply.closed.mailto') })}</p>${
        typed
          ? recordedReply(typed, t, lang)
          : html`<dl class="recorded">${typedList.map(([label, value]) => html`<div><dt>${label}</dt><dd class="pre">${value}</dd></div>`)}</dl>`
      }</section>`
    }${view.reply ? current(view.reply, true) : none}`;
  }

  const body = html`${subpageMasthead(lang, event, text.institution, text.title)}<main id="main" tabindex="-1"><section class="panel" aria-labelledby="page-heading"><h1 id="page-heading">${heading}</h1>${content}</section></main>${siteFooter(lang, event)}`;
  return { lang, title, body };
}
