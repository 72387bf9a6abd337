import type { Language } from './messages';
import { translate } from './translate';

/** One phrase in both languages, for an error parameter whose words differ per language. */
export interface Words {
  id: string;
  en: string;
}

/** Where each method family keeps the labels its forms show (the method's prefix names it). */
const homes: Record<string, readonly string[]> = {
  exemption: ['exemption.fields', 'exemption.declassify', 'exemption.decision'],
  consequence: ['exemption.test'],
  decision: ['exemption.decision'],
  user: ['exemption.users'],
  reference: ['exemption.reference'],
  entry: ['register.fields'],
  import: ['register.fields', 'register.importer'],
  agency: ['agency'],
  unit: ['units'],
  document: ['documents.fields'],
  ordner: ['ordners.fields'],
  place: ['ordners.places'],
};

/** Tried last, whatever the method: the register's and the exemption's field names cover most inputs. */
const everywhere = ['register.fields', 'exemption.fields', 'documents.fields', 'ordners.fields'];

/** A path segment that names a nested object holding the fields ("decision.number" in a declassification). */
const containers: Record<string, string> = { decision: 'exemption.decision', fields: '' };

function found(language: Language, key: string): string | null {
  const text = translate(language, key);
  return text === key ? null : text;
}

/**
 * The label the officer sees for an input path ("fields.judul" → "Judul", "decision.number" → "Nomor
 * SK", "fields.participants.0.name" → "Nama peserta"), never the path itself: an unknown one reads
 * "salah satu isian".
 */
export function fieldLabel(language: Language, method: string, path: string): string {
  const parts = path.split('.').filter((p) => p !== '' && !/^\d+$/.test(p));
  const name = parts.at(-1);
  if (name === undefined || name === 'input') return translate(language, 'labels.someField');
  const parent = parts.at(-2);
  const container = parent === undefined ? undefined : containers[parent];
  const bases = [...(container ? [container] : []), ...(homes[method.split('.')[0] ?? ''] ?? []), ...everywhere];
  const names = [name];
  // "participants.0.name" is labelled "participantName".
  if (parent !== undefined && container === undefined)
    names.unshift(`${parent.replace(/s$/, '')}${name.charAt(0).toUpperCase()}${name.slice(1)}`);
  for (const base of bases) {
    for (const n of names) {
      const text = found(language, `${base}.${n}`);
      if (text) return text;
    }
  }
  return translate(language, 'labels.someField');
}

export const fieldWords = (method: string, path: string): Words => ({
  id: fieldLabel('id', method, path),
  en: fieldLabel('en', method, path),
});

/** The role names shown on screen ("Petugas / Pengelola Informasi atau PPID"), never the codes. */
export function roleWords(roles: readonly string[]): Words {
  const list = (language: Language) => {
    const names = roles.map((r) => found(language, `exemption.users.role.${r}`) ?? r);
    if (names.length <= 1) return names.join('');
    return `${names.slice(0, -1).join(translate(language, 'labels.listSeparator'))}${translate(language, 'labels.lastSeparator')}${names.at(-1) ?? ''}`;
  };
  return { id: list('id'), en: list('en') };
}

/** An act of the workflow as the role table on screen names it ("Menyimpulkan uji"). */
export const actWords = (act: string): Words => ({
  id: found('id', `exemption.users.act.${act}`) ?? act,
  en: found('en', `exemption.users.act.${act}`) ?? act,
});
