/**
 * UU 14/2008 Pasal 18: what is never exempted information. Reference data (the Act's own list) and
 * a pure check that warns when a DIK row's Informasi names such information. A warning, never a
 * refusal: "Peraturan" in "Formulir … dalam Peraturan KPU" is a form annexed to a regulation, and
 * the officer decides.
 *
 * Pasal 18 ayat (1): "Tidak termasuk dalam kategori informasi yang dikecualikan adalah informasi
 * berikut ini:" a–g below. Ayat (2): information under Pasal 17 huruf g and h is not exempt when
 * the person whose secret it is consents in writing, and/or the disclosure concerns a person's
 * position in public office (the KPU decisions quote it in their periods).
 */

export interface Pasal18Item {
  /** "18(1)a" … */
  code: string;
  /** The Act's words. */
  text: string;
  /** Words in an Informasi text that name this kind of information (null: not recognisable from text). */
  pattern: RegExp | null;
}

export const pasal18Items: readonly Pasal18Item[] = [
  {
    code: '18(1)a',
    text: 'putusan badan peradilan',
    pattern: /\bputusan\s+(?:badan\s+peradilan|pengadilan|hakim|mahkamah|ma\b|pn\b|pt\b|ptun)|\bsalinan\s+putusan\b/,
  },
  {
    code: '18(1)b',
    text: 'ketetapan, keputusan, peraturan, surat edaran, ataupun bentuk kebijakan lain, baik yang tidak berlaku mengikat maupun mengikat ke dalam ataupun ke luar serta pertimbangan lembaga penegak hukum',
    pattern: /\b(?:ketetapan|keputusan|peraturan|surat edaran|kebijakan)\b/,
  },
  {
    code: '18(1)c',
    text: 'surat perintah penghentian penyidikan atau penuntutan',
    pattern: /\bsurat perintah penghentian (?:penyidikan|penuntutan)\b|\bsp3\b|\bskpp\b/,
  },
  { code: '18(1)d', text: 'rencana pengeluaran tahunan lembaga penegak hukum', pattern: /\brencana pengeluaran tahunan\b/ },
  { code: '18(1)e', text: 'laporan keuangan tahunan lembaga penegak hukum', pattern: /\blaporan keuangan tahunan\b/ },
  { code: '18(1)f', text: 'laporan hasil pengembalian uang hasil korupsi', pattern: /\bpengembalian uang hasil korupsi\b/ },
  { code: '18(1)g', text: 'informasi lain sebagaimana dimaksud dalam Pasal 11 ayat (2)', pattern: null },
];

export interface Pasal18Match {
  code: string;
  /** The Act's words for the item. */
  text: string;
  /** The words of the Informasi that matched, as written. */
  found: string;
}

/** Which Pasal 18 items an exempted row's Informasi seems to name. */
export function pasal18Matches(informationText: string, items: readonly Pasal18Item[] = pasal18Items): Pasal18Match[] {
  const text = informationText.normalize('NFKC');
  const lower = text.toLowerCase();
  const matches: Pasal18Match[] = [];
  for (const item of items) {
    const m = item.pattern?.exec(lower);
    // toLowerCase keeps the length for Indonesian text; if it ever did not, quote the lowered words.
    const source = lower.length === text.length ? text : lower;
    if (m) matches.push({ code: item.code, text: item.text, found: source.slice(m.index, m.index + m[0].length) });
  }
  return matches;
}
