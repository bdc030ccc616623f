import { html, type Html } from '#components/html.ts';
import { statementTitle } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import { urls } from '#server/urls.ts';

/**
 * The masthead of the pages under the invitation (reply, privacy): the institution, and the way
 * back to the letter, in `lang` (the event's language, which a page in another may name).
 */
export function subpageMasthead(lang: Locale, event: Event, institution: string, title: string): Html {
  return html`<header class="masthead" lang="${lang}">
    <p class="institution">${institution}</p>
    <p class="from"><a href="${urls.invitation(event, lang)}">${title}</a></p>
  </header>`;
}

/**
 * The footer of every invitee's page: the event's privacy statement (in the page's language, else
 * in the event's original) and the site's accessibility statement; `inner` goes first.
 */
export function siteFooter(lang: Locale, event: Event | null | undefined, inner?: Html): Html {
  const privacyLang = event && !event.languages.includes(lang) ? event.original : lang;
  const other = privacyLang === lang ? '' : html` lang="${privacyLang}" hreflang="${privacyLang}"`;
  return html`<footer class="footer">
    ${inner}
    <p>
      ${
        event &&
        html`<a href="${urls.privacy(event, privacyLang)}" ${other}>${statementTitle(privacyLang, 'privacy')}</a
          ><span aria-hidden="true"> · </span>`
      }<a href="${urls.accessibility(lang)}">${statementTitle(lang, 'accessibility')}</a>
    </p>
  </footer>`;
}
