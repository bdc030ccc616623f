import { describe, expect, it } from 'vitest';
import { diners } from '#server/admin/diners.ts';
import { aReply } from '#tests/support/fixtures.ts';

describe('who comes to the table, by the name on their place card', () => {
  it('a delegate by the place-card name the reply gives, else their own name', () => {
    const delegate = { name: 'Jean "JJ" Dupont', position: 'State Secretary', dietary: [] };
    const withCard = aReply({ attending: 'delegate', delegate, placeCardName: 'M. Jean Dupont' });
    expect(diners(withCard, 'Minister A')[0]).toMatchObject({ person: 'M. Jean Dupont', role: 'delegate' });
    const withoutCard = aReply({ attending: 'delegate', delegate });
    expect(diners(withoutCard, 'Minister A')[0]).toMatchObject({
      person: 'Jean "JJ" Dupont',
      role: 'delegate',
    });
  });

  it('a guest by the place-card name, else the guest list’s; companions by theirs; nobody for a regret', () => {
    const reply = aReply({ placeCardName: 'Η Υπουργός', companions: [{ name: 'Adviser', dietary: [] }] });
    expect(diners(reply, 'Minister B').map((diner) => [diner.person, diner.role])).toEqual([
      ['Η Υπουργός', 'guest'],
      ['Adviser', 'companion'],
    ]);
    expect(diners(aReply({}), 'Minister B')[0]?.person).toBe('Minister B');
    expect(diners(aReply({ attending: 'no' }), 'Minister B')).toEqual([]);
  });
});
