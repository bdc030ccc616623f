import { defaultLocale, isLocale, locales, type Locale } from '#i18n/locales.ts';

/**
 * The best of `available` for an Accept-Language header: q-values honoured, regional variants
 * (`pt-PT`, `de-AT`) matched by their language, `*` taking the first available, anything malformed
 * ignored; `fallback` when nothing fits (English, where it is available). Never throws.
 * @example negotiateLanguage('de-AT,de;q=0.9,en;q=0.5', ['en', 'de']) // 'de'
 */
export function negotiateLanguage(
  header: string | null,
  available: readonly Locale[],
  fallback: Locale = available.includes(defaultLocale) ? defaultLocale : (available[0] ?? defaultLocale),
): Locale {
  const ranges = (header ?? '')
    .slice(0, 1024)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.find((param) => /^\s*q\s*=/i.test(param));
      const q = qParam === undefined ? ['', '1'] : /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(qParam);
      const valid = q !== null && /^(?:[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)$/.test(tag);
      return { tag: tag.toLowerCase(), q: Number(q?.[1] ?? 0), index, valid };
    })
    .filter((range) => range.valid && range.q > 0 && range.q <= 1)
    .sort((a, b) => b.q - a.q || a.index - b.index);

  for (const { tag } of ranges) {
    if (tag === '*') return fallback;
    const language = tag.split('-')[0] ?? '';
    if (isLocale(language) && available.includes(language)) return language;
  }
  return fallback;
}

/** The request's language by its Accept-Language, among all the official languages. */
export function acceptLanguage(request: Request): Locale {
  return negotiateLanguage(request.headers.get('Accept-Language'), locales);
}
