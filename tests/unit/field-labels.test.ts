import { describe, expect, it } from 'vitest';
import { fieldAnchor, fieldLabel, fieldMessage, inFormOrder, summaryMessage } from '#i18n/field-labels.ts';
import { translator } from '#i18n/index.ts';

describe('the label of a field an error summary names', () => {
  it('names reply fields, companions by their row, and nothing for names the form does not have', async () => {
    const t = translator('en');
    expect(fieldLabel('delegate.name', t)).toBe('Delegate’s name');
    expect(fieldLabel('companions.1.name', t)).toBe('Companion 2 — Name');
    expect(fieldLabel('dietary.0', t)).toBe('Dietary requirements');
    for (const name of ['__proto__', 'constructor', 'toString', 'seat'])
      expect(fieldLabel(name, t)).toBeNull();
  });
});

describe('what an error says and where its link goes', () => {
  const t = translator('en');
  it('says what to do for known fields, else the general sentence with the field named in the summary', () => {
    expect(fieldMessage('delegate.name', 'required', t)).toBe('Enter your delegate’s name.');
    expect(fieldMessage('companions.1.name', 'required', t)).toBe(
      'Enter the name of companion 2, or leave all of that companion’s fields empty.',
    );
    expect(fieldMessage('comment', 'too_long', t)).toBe('Shorten this text to 1,000 characters or fewer.');
    expect(fieldMessage('delegate.dietaryNotes', 'too_long', t)).toBe(
      'Shorten this text to 500 characters or fewer.',
    );
    expect(summaryMessage('comment', 'forbidden_characters', t)).toBe(
      'Message to the organisers: This text contains control or invisible characters; please retype it.',
    );
    expect(summaryMessage('delegate.name', 'required', t)).toBe('Enter your delegate’s name.');
    // A code the dictionaries do not have is not looked up as a key.
    expect(fieldMessage('__proto__', 'constructor', t)).toBe('Please check this answer.');
  });
  it('goes on in lower case after the colon where the language does', () => {
    expect(summaryMessage('comment', 'too_long', translator('hu'))).toMatch(/: rövidítse /);
    expect(summaryMessage('comment', 'too_long', translator('it'))).toMatch(/: abbrevi /);
    expect(summaryMessage('comment', 'too_long', translator('fr'))).toMatch(/\u00A0: raccourcissez /);
    expect(summaryMessage('comment', 'too_long', translator('de'))).toMatch(/: Kürzen /);
  });
  it('writes the limit as each language writes numbers', () => {
    expect(fieldMessage('comment', 'too_long', translator('fr'))).toContain('1\u202f000');
    expect(fieldMessage('comment', 'too_long', translator('de'))).toContain('1.000');
    expect(fieldMessage('comment', 'too_long', translator('en'))).toContain('1,000');
  });
  it('links a group to its first control, which can take focus', () => {
    expect(fieldAnchor('attending')).toBe('f-attending-yes');
    expect(fieldAnchor('companions.0.dietary.3')).toBe('f-companions-0-dietary-vegetarian');
    expect(fieldAnchor('delegate')).toBe('f-delegate-name');
    expect(fieldAnchor('respondent.email')).toBe('f-respondent-email');
  });
  it('lists errors in the order of the form', () => {
    expect(
      inFormOrder({
        'respondent.name': 'required',
        comment: 'too_long',
        'delegate.name': 'required',
        attending: 'required',
      }).map(([field]) => field),
    ).toEqual(['attending', 'delegate.name', 'comment', 'respondent.name']);
  });
});
