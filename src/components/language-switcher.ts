import { html, type Html } from '#components/html.ts';
import { colon } from '#i18n/format.ts';
import { translator } from '#i18n/index.ts';
import { languages, type Locale } from '#i18n/locales.ts';

/**
 * Every language by its own name, each link to the same page in that language; no JavaScript.
 * `path` gives the page's address in a language; `offered` the languages the page exists in.
 */
export function languageSwitcher(
  lang: Locale,
  path: (lang: Locale) => string,
  offered: readonly Locale[],
): Html {
  const t = translator(lang);
  return html`<nav class="languages" aria-label="${t('nav.languages')}">
    <details>
      <summary>${t('nav.language')}${colon(lang)} <span lang="${lang}">${languages[lang]}</span></summary>
      <ul>
        ${offered.map(
          (code) =>
            html`<li><a href="${path(code)}" lang="${code}" hreflang="${code}"${code === lang ? html` aria-current="page"` : ''}>${languages[code]}</a></li>`,
        )}
      </ul>
    </details>
  </nav>`;
}
