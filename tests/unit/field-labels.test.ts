import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../src/i18n/field-labels.ts';
import { translator } from '../../src/i18n/index.ts';

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
