/**
 * Reads a Dasar Hukum Pengecualian cell into Pasal 17 grounds (17a … 17j, 17h3) and the other
 * statutes it cites, in the forms real DIK lists write: "Pasal 17 huruf b dan huruf h angka 3",
 * "huruf h angka 1, angka 3, dan angka 5", "huruf A dan huruf H", "Pasal 17 (g), (h) angka 3",
 * "UU Nomor 14 Tahun 2008 … huruf h angka 2" (no "Pasal 17"), "Pasal 17 huruf j dan UU No 1 Tahun
 * 2023 Pasal 333 huruf d" (a ground plus another statute). A Pasal 17 of another act (UUD 1945) is
 * not a ground, nor is "Pasal 44 ayat (1) huruf h UU 43/2009". Whatever is not fully read is
 * flagged with the text it came from; nothing is guessed silently.
 */

export const citationFlagCodes = [
  'noGround', // no Pasal 17 ground read at all
  'groundIncomplete', // UU 14/2008 or its Pasal 17 cited without huruf: kept, to be completed
  'actAssumed', // "Pasal 17 huruf …" without naming the Act: read as UU 14/2008
  'articleAssumed', // "UU 14/2008 … huruf h" without "Pasal 17": read as Pasal 17
  'unknownGround', // a huruf/angka Pasal 17 does not have (huruf k, h6, b2)
  'unreadCitation', // citation-like text that could not be placed
] as const;
export type CitationFlagCode = (typeof citationFlagCodes)[number];

export interface CitationFlag {
  code: CitationFlagCode;
  /** The words the flag is about, as written. */
  text: string;
}

export interface CitationReading {
  /** Pasal 17 ground codes, sorted, without repeats. */
  grounds: string[];
  /** Other statutes (and upstream decisions) as cited, one per clause. */
  otherStatutes: string[];
  flags: CitationFlag[];
}

/** The angka each huruf of Pasal 17 has (UU 14/2008). */
const angkaOf: Record<string, number> = { a: 5, b: 0, c: 7, d: 0, e: 7, f: 4, g: 0, h: 5, i: 0, j: 0 };

const dash = '[\\s\\-–]*';
const act14Pattern = new RegExp(
  [
    `\\b(?:UU|Undang${dash}Undang)(?:\\s+RI)?(?:\\s+(?:No(?:mor)?\\.?|Nomer))?\\s*14\\s*(?:Tahun|Thn\\.?|\\/)\\s*2008\\b`,
    `\\b(?:UU|Undang${dash}Undang)\\s+(?:KIP|Keterbukaan\\s+Informasi\\s+Publik)\\b`,
  ].join('|'),
  'gi',
);
const otherPattern = new RegExp(
  [
    `\\bUUD(?:\\s+Negara)?(?:\\s+(?:RI|Republik\\s+Indonesia))?(?:\\s+Tahun)?\\s*\\d{4}`,
    `\\bUndang${dash}Undang\\s+Dasar(?:\\s+Negara)?(?:\\s+(?:RI|Republik\\s+Indonesia))?(?:\\s+Tahun)?\\s+\\d{4}`,
    `\\b(?:UU|Undang${dash}[Uu]ndang|Perppu|Perpu|PP|Peraturan\\s+Pemerintah|Perpres|Peraturan\\s+Presiden|Keppres|Permen\\w*|Kepmen\\w*|Perda|Perki|PKPU|Peraturan\\s+KPU|Keputusan\\s+KPU|Peraturan\\s+Komisi\\s+Informasi)(?:\\s+RI)?\\s*(?:No(?:mor)?\\.?\\s*)?\\d+\\s*(?:Tahun|\\/)\\s*\\d{4}`,
    `\\b\\d+\\/Kpts\\/KPU\\/TAHUN\\s*\\d{4}`,
  ].join('|'),
  'gi',
);
const statuteWord =
  /\b(UUD|UU|Undang|Perppu|Perpu|PP|Peraturan|Perpres|Keppres|Permen\w*|Kepmen\w*|Perda|Perbup|Perwali|Pergub|Perki|PKPU|Keputusan|Kpts|KUHP|KUHAP|Pasal|Qanun)\b/i;

interface Span {
  start: number;
  end: number;
}
interface Mention extends Span {
  act14: boolean;
}

function mentionsIn(clause: string): Mention[] {
  const act14 = [...clause.matchAll(act14Pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, act14: true }));
  const overlaps = (s: Span) => act14.some((a) => s.start < a.end && a.start < s.end);
  const others = [...clause.matchAll(otherPattern)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, act14: false }))
    .filter((m) => !overlaps(m));
  return [...act14, ...others].sort((x, y) => x.start - y.start);
}

/** Clauses: lines, ";"-parts and enumerated items ("a.", "2)", "3.") are read one by one. */
function clausesOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .split(/\r?\n|;/)
      // Not after "huruf", "angka" …: "huruf h. Menyangkut …" is a citation, not an item "h.".
      .flatMap((part) => part.split(/(?<!\b(?:huruf|angka|butir|ayat|pasal|nomor|no|tahun))\s+(?=(?:\d{1,2}|[a-z])[.)]\s)/i))
      .map((part) => part.replace(/^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+/, '').trim())
      .filter((part) => part !== '')
  );
}

interface Qualifiers {
  letters: { letter: string; angka: number[] }[];
  end: number;
}

/** "huruf b dan huruf h angka 3", "(g), (h) angka 3", "huruf a, c", "butir g dan h", from `at`. */
function qualifiersAt(clause: string, at: number): Qualifiers {
  const letters: Qualifiers['letters'] = [];
  let pos = at;
  const take = (pattern: RegExp): RegExpExecArray | null => {
    const m = pattern.exec(clause.slice(pos));
    if (m) pos += m[0].length;
    return m;
  };
  const join = /^(?:\s*(?:,|dan\/\s*atau|dan|atau|serta|&))*\s*/i;
  for (;;) {
    const save = pos;
    take(join);
    const letter =
      take(/^(?:huruf|hrf\.?|butir)\s+([a-zA-Z])(?![a-zA-Z])/i) ??
      take(/^\(\s*([a-zA-Z])\s*\)/) ??
      (letters.length > 0 && save !== pos ? take(/^([a-zA-Z])(?![a-zA-Z\d])(?!\s*[.)])/) : null);
    if (letter) {
      letters.push({ letter: (letter[1] ?? '').toLowerCase(), angka: [] });
      continue;
    }
    const last = letters.at(-1);
    const angka =
      take(/^(?:angka|butir|nomor|no\.?)\s*(\d{1,2})\b/i) ??
      (last && last.angka.length > 0 && save !== pos ? take(/^(\d{1,2})\b(?!\s*(?:tahun|\/))/i) : null);
    if (angka && last) {
      last.angka.push(Number(angka[1]));
      continue;
    }
    if (take(/^ayat\s*\(?\s*\d+\s*\)?/i)) continue;
    pos = save;
    return { letters, end: pos };
  }
}

function groundCodes(q: Qualifiers, source: string, flags: CitationFlag[]): string[] {
  const codes: string[] = [];
  for (const { letter, angka } of q.letters) {
    const max = angkaOf[letter];
    if (max === undefined) {
      flags.push({ code: 'unknownGround', text: source });
      continue;
    }
    if (angka.length === 0) codes.push(`17${letter}`);
    for (const n of angka) {
      if (n >= 1 && n <= max) codes.push(`17${letter}${String(n)}`);
      else flags.push({ code: 'unknownGround', text: source });
    }
  }
  return codes;
}

/** The title after an act's name ("tentang Keterbukaan Informasi Publik") up to the next Pasal, act or quote. */
function titleEnd(clause: string, from: number, mentions: Mention[]): number {
  const m = /^\s*,?\s*(?:tentang|ttg\.?)\s/i.exec(clause.slice(from));
  if (!m) return from;
  const rest = clause.slice(from);
  const stops = [/\bpasal\b/i, /\byang berbunyi\b/i, /\bhuruf\b/i, /,/]
    .map((p) => p.exec(rest.slice(m[0].length)))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x) => from + m[0].length + x.index);
  const next = mentions.find((x) => x.start > from)?.start;
  return Math.min(clause.length, ...stops, ...(next === undefined ? [] : [next]));
}

const onlyTitle = (gap: string) => /^\s*,?\s*((?:tentang|ttg\.?)\s[^;]*?)?[\s,]*$/i.test(gap) && !/\bpasal\b/i.test(gap);

function readClause(clause: string, reading: CitationReading): void {
  const mentions = mentionsIn(clause);
  const used: Span[] = [];
  const grounds = new Set<string>();
  const cited = new Set<Mention>();
  for (const m of mentions.filter((x) => x.act14)) used.push({ start: m.start, end: titleEnd(clause, m.end, mentions) });

  for (const ref of clause.matchAll(/\bpasal\s+(\d+)\b/gi)) {
    if (ref[1] !== '17') continue;
    const q = qualifiersAt(clause, ref.index + ref[0].length);
    const before = [...mentions].reverse().find((m) => m.end <= ref.index);
    const after = mentions.find((m) => m.start >= q.end);
    let owner: Mention | 'assumed' | null = null;
    if (before && onlyTitle(clause.slice(before.end, ref.index))) owner = before;
    else if (after && /^[\s,]*$/.test(clause.slice(q.end, after.start))) owner = after;
    else if (!before || !before.act14) owner = 'assumed';
    else cited.add(before); // the Act named earlier in the clause, with other articles between
    if (owner !== 'assumed' && owner !== null && !owner.act14) continue; // Pasal 17 of another act
    const source = clause.slice(ref.index, q.end).trim();
    let end = q.end;
    if (owner === 'assumed') {
      // "… huruf h angka 1 Undang-Undang" names no act: the bare word belongs to this citation.
      const bare = /^\s*(?:UU|Undang[\s\-–]*Undang)\b(?!\s*(?:No|Nomor|\d))/i.exec(clause.slice(q.end));
      if (bare) end += bare[0].length;
      reading.flags.push({ code: 'actAssumed', text: source });
    } else if (owner !== null) cited.add(owner);
    used.push({ start: ref.index, end });
    const codes = groundCodes(q, source, reading.flags);
    if (q.letters.length === 0) reading.flags.push({ code: 'groundIncomplete', text: source });
    for (const code of codes) grounds.add(code);
  }

  // "UU Nomor 14 Tahun 2008 … huruf h angka 2": the Act with a huruf but no "Pasal 17".
  for (const m of mentions.filter((x) => x.act14 && !cited.has(x))) {
    const next = mentions.find((x) => x.start > m.start)?.start ?? clause.length;
    const window = clause.slice(m.end, next);
    const huruf = /\b(?:huruf|butir)\s+[a-zA-Z](?![a-zA-Z])/i.exec(window);
    const text = clause.slice(m.start, titleEnd(clause, m.end, mentions)).trim();
    if (huruf && !/\bpasal\b/i.test(window.slice(0, huruf.index))) {
      const q = qualifiersAt(clause, m.end + huruf.index);
      used.push({ start: m.end + huruf.index, end: q.end });
      reading.flags.push({ code: 'articleAssumed', text: clause.slice(m.start, q.end).trim() });
      for (const code of groundCodes(q, text, reading.flags)) grounds.add(code);
    } else if (!/\bpasal\b/i.test(window)) {
      reading.flags.push({ code: 'groundIncomplete', text });
    }
  }
  for (const code of grounds) reading.grounds.push(code);

  // Blank what was read, by UTF-16 index (the indices regex matches give).
  let blanked = clause;
  for (const span of used) blanked = blanked.slice(0, span.start) + ' '.repeat(span.end - span.start) + blanked.slice(span.end);
  const left = blanked
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:(?:dan|serta|atau|jo\.?)\s+|[,:]\s*)+/i, '')
    .replace(/[\s.;,:]+$/, '')
    .trim();
  if (left === '') return;
  if (statuteWord.test(left)) reading.otherStatutes.push(left);
  else if (/\b(?:huruf|angka)\s+[a-z\d]\b/i.test(left)) reading.flags.push({ code: 'unreadCitation', text: left });
}

export function readCitation(text: string): CitationReading {
  const reading: CitationReading = { grounds: [], otherStatutes: [], flags: [] };
  // Quoted law text ("… pasal 17 huruf i yang berbunyi : memorandum …") is not read as a citation
  // until a clause starts with a statute again.
  let quoting = false;
  for (const clause of clausesOf(text)) {
    if (quoting && !/^(?:UUD|UU|Undang|PP|Peraturan|Perpres|Permen|Keputusan|Pasal|\d+\/Kpts)/i.test(clause)) continue;
    const quote = /\byang berbunyi\b/i.exec(clause);
    quoting = quote !== null;
    readClause(quote ? clause.slice(0, quote.index) : clause, reading);
  }
  reading.grounds = [...new Set(reading.grounds)].sort();
  if (reading.grounds.length === 0) reading.flags.push({ code: 'noGround', text: text.trim() });
  return reading;
}
