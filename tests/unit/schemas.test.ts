import { describe, expect, it } from 'vitest';
import { fieldErrors } from '#schemas/field-errors.ts';
import { envSchema } from '#schemas/env.ts';
import { guestSchema } from '#schemas/guest.ts';
import {
  allergenCodes,
  applicableFormParts,
  rsvpBodySchema,
  rsvpBodySchemaFor,
  storedReplySchema,
} from '#schemas/reply.ts';
import { text } from '#schemas/text.ts';
import { events } from '#tests/support/events.ts';
import { aGuest } from '#tests/support/fixtures.ts';

function issueCodes(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('free text', () => {
  const name = text(120);
  const notes = text(500, { multiline: true });

  it('is trimmed and NFC-normalised', () => {
    expect(name.parse('  Malmstro\u0308m  ')).toBe('Malmström');
  });

  it('refuses NUL, C0 and C1 control characters', () => {
    for (const value of ['a\u0000b', 'a\u0007b', 'a\u0085b', 'a\u007Fb']) {
      expect(issueCodes(name.safeParse(value)), JSON.stringify(value)).toContain('forbidden_characters');
    }
  });

  it('refuses the noncharacters, which are never text and which a workbook cannot hold; a stored record keeps them', () => {
    const stored = text(120, { stored: true });
    for (const value of ['Name \uFFFF', '\uFFFE Name', 'a\uFDD0b', 'a\u{10FFFF}b', 'a\u{1FFFE}b']) {
      expect(issueCodes(name.safeParse(value)), JSON.stringify(value)).toContain('forbidden_characters');
      expect(issueCodes(notes.safeParse(value)), JSON.stringify(value)).toContain('forbidden_characters');
      expect(stored.safeParse(value).success, JSON.stringify(value)).toBe(true);
    }
    // Their neighbours are characters like any other.
    for (const value of ['a\uFDCFb', 'a\uFDF0b', 'a\uFFFDb', 'a\u{1FFFD}b'])
      expect(name.parse(value)).toBe(value);
  });

  it('refuses bidi controls and invisible characters', () => {
    for (const value of ['abc\u202Edcb', 'a\u2066b\u2069', 'a\u200Bb', 'a\uFEFFb', 'a\u200Fb']) {
      expect(issueCodes(name.safeParse(value)), JSON.stringify(value)).toContain('forbidden_characters');
    }
  });

  it('refuses every format character, line and paragraph separators and the Hangul fillers (#24, low 2)', () => {
    for (const value of [
      'a\u00ADb', // soft hyphen
      'a\u180Eb', // Mongolian vowel separator
      'a\u{E0041}b', // a tag character
      'a\uFFF9b\uFFFBc', // interlinear annotation
      'a\u2028b', // line separator
      'a\u2029b', // paragraph separator
      '\u3164\u3164', // two Hangul fillers: looks empty
      'a\u115Fb',
      'a\uFFA0b',
    ]) {
      expect(issueCodes(name.safeParse(value)), JSON.stringify(value)).toContain('forbidden_characters');
      expect(issueCodes(notes.safeParse(value)), JSON.stringify(value)).toContain('forbidden_characters');
    }
    // In a name, also what draws nothing after a letter (#24 retest, F4); a message keeps an
    // emoji's variation selector.
    for (const value of ['A\u2800\u2800', 'A\u034Fb', 'A\u180Bb', 'A\u17B5b', 'A\uFE0Fb', 'A\u{E0100}b'])
      expect(issueCodes(name.safeParse(value)), JSON.stringify(value)).toContain('forbidden_characters');
    expect(notes.parse('Merci ❤\uFE0F')).toBe('Merci ❤\uFE0F');
    // ZWNJ and ZWJ stay: Persian, the Indic scripts and emoji sequences need them.
    expect(name.parse('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(name.parse('👩\u200D💼')).toBe('👩\u200D💼');
  });

  it('takes a name only with a letter in it', () => {
    const person = text(120, { required: true, letter: true });
    expect(person.parse('Ἀθηνᾶ Παπαδοπούλου')).toBe('Ἀθηνᾶ Παπαδοπούλου');
    for (const value of ['...', '— —', '12345', '\u00A0\u00A0'])
      expect(issueCodes(person.safeParse(value)), JSON.stringify(value)).toContain('required');
  });

  it('refuses lone surrogates', () => {
    expect(issueCodes(name.safeParse('a\uD800b'))).toContain('invalid_unicode');
  });

  it('allows tab and newline in notes only, and unifies CRLF', () => {
    expect(notes.parse('Step-free access\r\nHearing loop')).toBe('Step-free access\nHearing loop');
    expect(notes.parse('a\tb')).toBe('a\tb');
    expect(issueCodes(name.safeParse('a\nb'))).toContain('forbidden_characters');
  });

  it('counts characters, not bytes, against the limit', () => {
    expect(name.safeParse('ž'.repeat(120)).success).toBe(true);
    expect(issueCodes(name.safeParse('ž'.repeat(121)))).toContain('too_long');
  });
});

describe('the RSVP body', () => {
  it('takes the telephone number the error gives as its example, no-break spaces and all', () => {
    const example = '+352\u00A04301\u00A01';
    const result = rsvpBodySchema.safeParse({
      attending: 'yes',
      respondent: { name: 'Office', phone: example },
    });
    expect(result.success && result.data.respondent?.phone).toBe('+352 4301 1');
  });

  it('names every problem in one refusal: a free-text mistake hides none of the event’s own checks', () => {
    // An event that asks for no delegate, place card or companion.
    const body = rsvpBodySchemaFor({
      delegates: false,
      companions: false,
      dietary: false,
      access: false,
      placeCards: false,
    });
    const refused = (value: unknown) => {
      const result = body.safeParse(value);
      if (result.success) throw new Error('accepted');
      return fieldErrors(result.error);
    };
    expect(
      refused({
        attending: 'yes',
        comment: 'x'.repeat(2000),
        placeCardName: 'Ann',
        companions: [{ name: 'B' }],
      }),
    ).toEqual({ comment: 'too_long', placeCardName: 'unknown_field', companions: 'companions_not_allowed' });
    expect(refused({ attending: 'delegate', comment: 'ok\u0000' })).toMatchObject({
      attending: 'invalid_choice',
      comment: 'forbidden_characters',
    });
  });

  it('names every problem in one refusal: a missing delegate alongside a bad address', () => {
    const result = rsvpBodySchema.safeParse({
      attending: 'delegate',
      respondent: { email: 'not an address' },
    });
    if (result.success) throw new Error('accepted');
    expect(fieldErrors(result.error)).toEqual({
      'delegate.name': 'required',
      'delegate.position': 'required',
      'respondent.name': 'required',
      'respondent.email': 'invalid_email',
    });
  });

  it('accepts a minimal acceptance', () => {
    expect(rsvpBodySchema.parse({ attending: 'yes' })).toEqual({ attending: 'yes' });
  });

  it('accepts a delegate with their own needs', () => {
    const body = {
      attending: 'delegate',
      delegate: { name: 'Secretary of State', position: 'State Secretary', dietary: ['kosher'] },
      respondent: { name: 'Private Office', email: 'office@example.org', phone: '+352 4301 1' },
    };
    expect(rsvpBodySchema.parse(body)).toEqual(body);
  });

  it('requires the delegate when the guest sends one, and refuses one otherwise', () => {
    expect(issueCodes(rsvpBodySchema.safeParse({ attending: 'delegate' }))).toContain('required');
    expect(
      issueCodes(rsvpBodySchema.safeParse({ attending: 'yes', delegate: { name: 'A', position: 'B' } })),
    ).toContain('only_with_delegate');
  });

  it('refuses companions for a guest who declines', () => {
    expect(rsvpBodySchema.safeParse({ attending: 'no', companions: [{ name: 'A' }] }).success).toBe(false);
  });

  it('refuses duplicate and unknown dietary codes', () => {
    expect(issueCodes(rsvpBodySchema.safeParse({ attending: 'yes', dietary: ['vegan', 'vegan'] }))).toContain(
      'duplicate_values',
    );
    expect(rsvpBodySchema.safeParse({ attending: 'yes', dietary: ['carnivore'] }).success).toBe(false);
  });

  it('takes the 14 allergens of Annex II, kept in its order, and refuses duplicates and unknown ones', () => {
    expect(rsvpBodySchema.parse({ attending: 'yes', allergens: [...allergenCodes].reverse() })).toEqual({
      attending: 'yes',
      allergens: [...allergenCodes],
    });
    expect(issueCodes(rsvpBodySchema.safeParse({ attending: 'yes', allergens: ['milk', 'milk'] }))).toContain(
      'duplicate_values',
    );
    for (const allergens of [['shellfish'], ['vegan'], 'milk'])
      expect(rsvpBodySchema.safeParse({ attending: 'yes', allergens }).success, String(allergens)).toBe(
        false,
      );
  });

  it('counts an allergen marked severe as an allergen, for every person, whatever else was ticked', () => {
    const body = rsvpBodySchema.parse({
      attending: 'yes',
      allergens: ['milk'],
      severeAllergens: ['peanuts'],
      companions: [{ name: 'Adviser', severeAllergens: ['sesame', 'fish'] }],
    });
    expect(body).toEqual({
      attending: 'yes',
      allergens: ['peanuts', 'milk'],
      severeAllergens: ['peanuts'],
      companions: [{ name: 'Adviser', allergens: ['fish', 'sesame'], severeAllergens: ['fish', 'sesame'] }],
    });
    expect(
      rsvpBodySchema.parse({
        attending: 'delegate',
        delegate: { name: 'A B', position: 'C', allergens: ['eggs'], severeAllergens: ['eggs'] },
      }).delegate,
    ).toEqual({ name: 'A B', position: 'C', allergens: ['eggs'], severeAllergens: ['eggs'] });
    // An unknown severe allergen is refused where it was sent, not also where it was implied.
    const wrong = rsvpBodySchema.safeParse({ attending: 'yes', severeAllergens: ['shellfish'] });
    if (wrong.success) throw new Error('accepted');
    expect(fieldErrors(wrong.error)).toEqual({ 'severeAllergens.0': 'invalid_choice' });
  });

  it('still takes the codes "gluten_free" and "nut_allergy" of earlier versions, as the allergens they meant', () => {
    expect(
      rsvpBodySchema.parse({
        attending: 'delegate',
        dietary: ['nut_allergy'],
        delegate: { name: 'A B', position: 'C', dietary: ['vegan', 'gluten_free'], allergens: ['milk'] },
        companions: [{ name: 'D', dietary: ['gluten_free', 'nut_allergy', 'halal'], allergens: ['nuts'] }],
      }),
    ).toEqual({
      attending: 'delegate',
      allergens: ['peanuts', 'nuts'],
      delegate: { name: 'A B', position: 'C', dietary: ['vegan'], allergens: ['gluten', 'milk'] },
      companions: [{ name: 'D', dietary: ['halal'], allergens: ['gluten', 'peanuts', 'nuts'] }],
    });
  });

  it('reads a reply stored with the codes of earlier versions as allergens', () => {
    const stored = storedReplySchema.parse({
      guestId: 'old00001',
      attending: 'yes',
      dietary: ['vegetarian', 'nut_allergy'],
      companions: [{ name: 'D', dietary: ['gluten_free'] }],
      reference: 'R-OLD1-OLD1',
      updatedAt: '2014-09-20T10:00:00.000Z',
      source: 'web',
    });
    expect(stored.dietary).toEqual(['vegetarian']);
    expect(stored.allergens).toEqual(['peanuts', 'nuts']);
    expect(stored.companions).toEqual([{ name: 'D', allergens: ['gluten'] }]);
  });

  it('refuses unknown fields, including prototype keys', () => {
    expect(rsvpBodySchema.safeParse({ attending: 'yes', seat: 'A1' }).success).toBe(false);
    expect(rsvpBodySchema.safeParse(JSON.parse('{"attending":"yes","__proto__":{"x":1}}')).success).toBe(
      false,
    );
  });

  it('accepts submission ids of 8 to 64 safe characters only', () => {
    expect(rsvpBodySchema.safeParse({ attending: 'no', submissionId: 'a1b2c3d4' }).success).toBe(true);
    for (const submissionId of ['short', 'x'.repeat(65), 'has space1', 'semi;colon']) {
      expect(rsvpBodySchema.safeParse({ attending: 'no', submissionId }).success, submissionId).toBe(false);
    }
  });

  it('refuses a comment over 1,000 characters', () => {
    expect(rsvpBodySchema.safeParse({ attending: 'no', comment: 'x'.repeat(1001) }).success).toBe(false);
  });
});

describe.each(events.map((event) => [event.id, event] as const))('the guest record of %s', (_id, event) => {
  it('accepts an opaque id and refuses one that is a name or an e-mail address', () => {
    expect(guestSchema.safeParse(aGuest({}, event)).success).toBe(true);
    expect(guestSchema.safeParse(aGuest({ id: 'jane.doe@example.org' }, event)).success).toBe(false);
    expect(guestSchema.safeParse(aGuest({ id: 'Jane Doe' }, event)).success).toBe(false);
  });

  it('takes only official EU languages', () => {
    for (const language of event.languages)
      expect(guestSchema.safeParse(aGuest({ language }, event)).success).toBe(true);
    expect(guestSchema.safeParse({ ...aGuest({}, event), language: 'ru' }).success).toBe(false);
  });

  it('takes each of the event’s categories, and no code that is not one', () => {
    for (const category of event.categories)
      expect(guestSchema.safeParse(aGuest({ category }, event)).success, category).toBe(true);
    for (const category of ['', 'Minister', 'x'.repeat(33), 'a-b'])
      expect(guestSchema.safeParse(aGuest({ category }, event)).success, category).toBe(false);
  });
});

describe('the environment', () => {
  const valid = { ADMIN_PASSWORD: 'correct horse battery', INVITE_SECRET: 'x'.repeat(32) };

  it('accepts the secrets and an optional deadline override with an offset', () => {
    expect(envSchema.parse(valid).RSVP_DEADLINE).toBeUndefined();
    expect(envSchema.parse({ ...valid, RSVP_DEADLINE: '' }).RSVP_DEADLINE).toBeUndefined();
    expect(envSchema.parse({ ...valid, RSVP_DEADLINE: '2099-12-31T23:59:59+01:00' }).RSVP_DEADLINE).toBe(
      '2099-12-31T23:59:59+01:00',
    );
  });

  it('refuses a deadline without an offset and secrets that are too short', () => {
    expect(envSchema.safeParse({ ...valid, RSVP_DEADLINE: '2099-12-31' }).success).toBe(false);
    expect(envSchema.safeParse({ ...valid, INVITE_SECRET: 'short' }).success).toBe(false);
    expect(envSchema.safeParse({ ...valid, ADMIN_PASSWORD: 'admin' }).success).toBe(false);
    // At least 16 characters: 12 to 15 are refused.
    expect(envSchema.safeParse({ ...valid, ADMIN_PASSWORD: 'x'.repeat(12) }).success).toBe(false);
    expect(envSchema.safeParse({ ...valid, ADMIN_PASSWORD: 'x'.repeat(15) }).success).toBe(false);
    expect(envSchema.safeParse({ ...valid, ADMIN_PASSWORD: 'x'.repeat(16) }).success).toBe(true);
  });
});

describe('the parts of a form that apply to its answer', () => {
  const everything = {
    attending: 'no',
    delegate: { name: 'D', position: 'P' },
    companions: [{ name: 'C' }],
    dietary: ['vegan'],
    dietaryNotes: 'n',
    accessibility: 'a',
    placeCardName: 'Card',
    comment: 'c',
    respondent: { name: 'R' },
  };
  it('keeps only what applies to each answer', () => {
    expect(Object.keys(applicableFormParts({ ...everything, attending: 'no' })).sort()).toEqual(
      ['attending', 'comment', 'respondent'].sort(),
    );
    expect(Object.keys(applicableFormParts({ ...everything, attending: 'delegate' })).sort()).toEqual(
      ['attending', 'comment', 'companions', 'delegate', 'placeCardName', 'respondent'].sort(),
    );
    expect(Object.keys(applicableFormParts({ ...everything, attending: 'yes' })).sort()).toEqual(
      Object.keys(everything)
        .filter((key) => key !== 'delegate')
        .sort(),
    );
  });
  it('keeps everything when the answer is missing or unknown, for validation to name', () => {
    expect(applicableFormParts({ ...everything, attending: 'maybe' })).toEqual({
      ...everything,
      attending: 'maybe',
    });
  });
});
