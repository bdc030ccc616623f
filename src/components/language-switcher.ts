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
  // The same page in the same languages reads the same for every guest: built once (#27).
  const hrefs = offered.map(path);
  const key = `${lang} ${offered.join(' ')} ${hrefs.join(' ')}`;
  const known = built.get(key);
  if (known) return known;
  const t = translator(lang);
  const markup = html`<nav class="languages" aria-label="${t('nav.languages')}">
    <details>
      <summary>${t('nav.language')}${colon(lang)} <span lang="${lang}">${languages[lang]}</span></summary>
      <ul>
        ${offered.map(
          (code, index) =>
            html`<li><a href="${hrefs[index]}" lang="${code}" hreflang="${code}"${code === lang ? html` aria-current="page"` : ''}>${languages[code]}</a></li>`,
        )}
      </ul>
    </details>
  </nav>`;
  if (built.size >= 1_000) built.clear();
  built.set(key, markup);
  return markup;
}

/** Switchers built, by language and the addresses they link to. */
const built = new Map<string, Html>();
