import { describe, expect, it } from 'vitest';
import { errorCodes } from '../api/errors';
import { en } from './en';
import { id } from './id';
import { translate } from './translate';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('word every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(translate('id', `err.${code}`)).not.toBe(`err.${code}`);
      expect(translate('en', `err.${code}`)).not.toBe(`err.${code}`);
    }
  });

  it('fill placeholders and leave unknown keys visible', () => {
    expect(translate('id', 'err.unknown_method', { method: 'x.y' })).toBe('Perintah "x.y" tidak dikenal oleh arsip.');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('use the regulations’ terms on the Indonesian screen', () => {
    expect(id.nav.dip).toBe('Daftar Informasi Publik');
    expect(id.nav.dik).toBe('Informasi Dikecualikan');
    expect(id.nav.ordner).toBe('Ordner & Arsip Fisik');
  });
});
