import { en } from './en';
import { id } from './id';
import type { Language, Messages } from './messages';

const dictionaries: Record<Language, Messages> = { id, en };

export function dictionary(language: Language): Messages {
  return dictionaries[language];
}

/**
 * Looks up a dotted key ("err.conflict") and fills {{placeholders}}.
 * Main-process messages (errors, PDF headings) use this; the renderer uses i18next over the same dictionaries.
 */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = dictionaries[language];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A parameter whose words differ per language (a field's label, a role's name). */
export type BilingualParam = string | number | { id: string; en: string };

function inLanguage(language: Language, params: Record<string, BilingualParam>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[language] : v]));
}

/** Both languages at once, the shape errors carry across boundaries. */
export function bilingual(key: string, params: Record<string, BilingualParam> = {}): { message: string; messageEn: string } {
  return { message: translate('id', key, inLanguage('id', params)), messageEn: translate('en', key, inLanguage('en', params)) };
}
