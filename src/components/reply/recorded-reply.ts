import { html, type Html } from '#components/html.ts';
import { colon, partsList } from '#i18n/format.ts';
import type { MessageKey, Translate } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import type { StoredReply } from '#schemas/reply.ts';
import { allergenWords, dietaryWords } from '#i18n/dietary.ts';

/**
 * A recorded reply, read-only: what the guest told us, in the guest's words. `lang` is the
 * language of `t` (the organisers' pages read replies in English).
 */
export function recordedReply(reply: StoredReply, t: Translate, lang: Locale = 'en'): Html {
  // Lists in the locale's own way, never an ASCII "; " (in Greek, the question mark).
  const list = (items: (string | undefined)[]) => partsList(items, lang);
  const main = reply.attending === 'delegate' ? reply.delegate : reply;
  const dietary = main ? dietaryWords(main, t, lang) : [];
  const allergens = main ? allergenWords(main, t, lang) : [];
  const label = (key: MessageKey) => `${t(key)}${colon(lang)} `;
  const row = (term: string, value: Html | string, className?: string) =>
    html`<div><dt>${term}</dt><dd${className ? html` class="${className}"` : ''}>${value}</dd></div>`;
  const coming = reply.attending !== 'no';
  const part = (key: MessageKey, value: string) => html`<span class="part">${label(key)}${value}</span>`;
  return html`<dl class="recorded">
    ${row(t('reply.summary.attending'), t(`reply.attending.${reply.attending}` as MessageKey))}
    ${reply.attending === 'delegate' && reply.delegate && row(t('reply.summary.delegate'), `${reply.delegate.name}, ${reply.delegate.position}`)}
    ${coming && row(t('reply.summary.dietary'), dietary.length ? list(dietary) : t('reply.summary.none'))}
    ${coming && allergens.length > 0 && row(t('reply.summary.allergens'), list(allergens))}
    ${coming && row(t('reply.summary.accessibility'), main?.accessibility ?? t('reply.summary.none'))}
    ${coming && reply.placeCardName && row(t('reply.summary.placeCard'), reply.placeCardName)}
    ${
      coming &&
      reply.companions.length > 0 &&
      row(
        t('reply.summary.companions'),
        html`<ul class="plain">
          ${reply.companions.map(
            (companion) =>
              html`<li>${list([companion.name, companion.position])}${
                (Boolean(companion.dietary?.length) || Boolean(companion.dietaryNotes)) &&
                part('reply.summary.dietary', list(dietaryWords(companion, t, lang)))
              }${companion.allergens?.length ? part('reply.summary.allergens', list(allergenWords(companion, t, lang))) : ''}${
                companion.accessibility && part('reply.summary.accessibility', companion.accessibility)
              }</li>`,
          )}
        </ul>`,
      )
    }
    ${reply.respondent && row(t('reply.summary.respondent'), list([reply.respondent.name, reply.respondent.email, reply.respondent.phone]))}
    ${reply.comment && row(t('reply.summary.comment'), reply.comment, 'pre')}
  </dl>`;
}
