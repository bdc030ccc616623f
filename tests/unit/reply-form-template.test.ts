/**
 * The invitee's reply form is built once per event, language and allowance with holes for the
 * guest's values (src/components/reply/form-values.ts), then filled per request (#27). It must give
 * the very markup the fields give rendered for that request: every value in its place, escaped,
 * every box ticked that the values tick, every companion's block open that holds something.
 */
import { describe, expect, it } from 'vitest';
import { events, withOptions, allParts } from '#tests/support/events.ts';
import { inviteeReplyFields, replyFields } from '#components/reply/reply-fields.ts';
import { allergenCodes, dietaryCodes } from '#schemas/reply.ts';
import { translator } from '#i18n/index.ts';
import type { FormValues } from '#server/http/body.ts';

const hostile = `<script>alert("x")</script> & 'quotes' \u0000 0 \u00001\u0000`;

/** Values as a refused or recorded reply brings them back: every kind of field, some of each set. */
const full: FormValues = {
  attending: 'delegate',
  placeCardName: hostile,
  'delegate.name': 'Dr Ona Žukauskienė',
  'delegate.position': hostile,
  'delegate.dietary': ['vegan', 'other'],
  'delegate.allergens': [...allergenCodes.slice(0, 3)],
  'delegate.severeAllergens': [allergenCodes[1] ?? ''],
  'delegate.dietaryNotes': 'line one\nline two',
  dietary: [dietaryCodes[0] ?? ''],
  allergens: ['peanuts', 'nuts'],
  severeAllergens: ['peanuts'],
  dietaryNotes: hostile,
  accessibility: 'Step-free access',
  'companions.0.name': 'Companion "One"',
  'companions.0.allergens': ['milk'],
  'companions.1.dietary': ['halal'],
  comment: hostile,
  'respondent.name': 'Office of the Minister',
  'respondent.email': 'office@example.org',
  'respondent.phone': '+370 5 000 0000',
};

describe('the invitee form from its template', () => {
  for (const event of events) {
    for (const options of [event.options, withOptions(event, allParts).options]) {
      const shape = options === event.options ? 'its own options' : 'every part asked';
      for (const lang of event.languages) {
        it(`is the form rendered for the request: ${event.id}, ${shape}, ${lang}`, () => {
          const t = translator(lang);
          for (const allowance of [0, 1, 2]) {
            for (const values of [{}, full, { attending: 'yes', 'companions.1.position': 'Adviser' }]) {
              const props = { t, values, errors: {}, allowance, options };
              expect(inviteeReplyFields(lang, props).html).toBe(replyFields(props).html);
            }
          }
        });
      }
    }
  }

  it('writes what the guest entered, escaped, and ticks what they ticked', () => {
    const [event] = events;
    if (!event) throw new Error('no event');
    const options = withOptions(event, allParts).options;
    const markup = inviteeReplyFields('en', {
      t: translator('en'),
      values: full,
      errors: {},
      allowance: 2,
      options,
    }).html;
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(markup).toMatch(/name="severeAllergens"\s+value="peanuts"\s+checked\s*\/?>/);
    expect(markup).not.toMatch(/name="severeAllergens"\s+value="nuts"\s+checked/);
    expect(markup).toMatch(/<details class="companion"\s+open>/);
    // No hole is left unfilled (the values' own NUL characters aside).
    const blank = inviteeReplyFields('en', {
      t: translator('en'),
      values: {},
      errors: {},
      allowance: 2,
      options,
    });
    expect(blank.html).not.toContain('\u0000');
  });

  it('renders a form with errors for the request itself (an error changes more than values)', () => {
    const [event] = events;
    if (!event) throw new Error('no event');
    const options = withOptions(event, allParts).options;
    const props = {
      t: translator('en'),
      values: full,
      errors: { 'delegate.name': 'required' },
      allowance: 1,
      options,
    };
    const markup = inviteeReplyFields('en', props).html;
    expect(markup).toBe(replyFields(props).html);
    expect(markup).toContain('aria-invalid="true"');
  });
});
