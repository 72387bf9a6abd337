import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dedupeFileNames, fileNameKey, MAX_FILE_NAME_BYTES, sanitizeFileName, utf8Length } from '../../shared/domain/fileName';
import { recordSafety, soak } from './support/tally';

// RELIABILITY #12: exported names valid on Windows, NFC, idempotent, no case-insensitive collisions.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
let inputs = 0;

/** What Windows (and FAT) accept as a file name: the rules sanitizeFileName promises. */
function validOnWindows(name: string): boolean {
  if (name === '' || utf8Length(name) > MAX_FILE_NAME_BYTES) return false;
  // eslint-disable-next-line no-control-regex -- controls are what is checked for
  if (/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/.test(name)) return false;
  if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(name)) return false;
  if (/[. ]$/.test(name) || /^[. ]/.test(name)) return false;
  if (RESERVED.test((name.split('.')[0] ?? '').trimEnd())) return false;
  return name === name.normalize('NFC');
}

const nasty = fc.constantFrom(
  'CON',
  'con.txt',
  'Prn',
  'AUX.pdf',
  'nul',
  'COM1',
  'com9.csv',
  'LPT1',
  'lpt¹',
  'COM¹.txt',
  'CON .txt',
  ':',
  '*',
  '?',
  '<',
  '>',
  '|',
  '"',
  '/',
  '\\',
  '..',
  '.',
  ' ',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u200f',
  'e\u0301',
  'A\u030a',
  '\ud800',
  '\udfff',
  '😀',
  'ß',
  'İ',
  'ﬁ',
  'Σ',
  'ς',
  'gambar\u202efdp.exe',
  'laporan.',
  'laporan ',
  '  ',
  '....',
  'x'.repeat(300),
  'é'.repeat(150),
  '文'.repeat(120),
);
const nameArb = fc
  .array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 12 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

describe('safety #12: file-name sanitizer', () => {
  afterAll(() => recordSafety('12 file names', { inputs }));

  it('turns the named hostile cases into valid names', () => {
    const cases: Array<[string, string]> = [
      ['CON', '_CON'],
      ['con.txt', '_con.txt'],
      ['COM1.pdf', '_COM1.pdf'],
      ['lpt9', '_lpt9'],
      ['a:b*c?.pdf', 'a_b_c_.pdf'],
      ['laporan. ', 'laporan'],
      ['  .tersembunyi', 'tersembunyi'],
      ['gambar\u202efdp.exe', 'gambarfdp.exe'],
      ['Cafe\u0301.txt', 'Café.txt'],
      ['', 'berkas'],
      ['...', 'berkas'],
      ['a/../../etc/passwd', 'a_.._.._etc_passwd'],
    ];
    for (const [input, expected] of cases) {
      inputs += 1;
      expect(sanitizeFileName(input)).toBe(expected);
    }
    const long = sanitizeFileName(`${'surat-keputusan-'.repeat(25)}.pdf`);
    inputs += 1;
    expect(utf8Length(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('is valid on Windows, NFC and idempotent for any input', () => {
    fc.assert(
      fc.property(nameArb, (raw) => {
        inputs += 1;
        const once = sanitizeFileName(raw);
        expect(validOnWindows(once)).toBe(true);
        expect(sanitizeFileName(once)).toBe(once);
      }),
      { numRuns: soak(5_000, 100_000) },
    );
  });

  it('never lets two names in one folder collide ignoring case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nameArb, fc.constantFrom('Laporan.pdf', 'LAPORAN.PDF', 'laporan (2).pdf', 'con', 'CON')), { maxLength: 30 }),
        (names) => {
          inputs += names.length;
          const out = dedupeFileNames(names);
          expect(out).toHaveLength(names.length);
          expect(new Set(out.map(fileNameKey)).size).toBe(out.length);
          for (const name of out) expect(validOnWindows(name)).toBe(true);
        },
      ),
      { numRuns: soak(500, 10_000) },
    );
    expect(dedupeFileNames(['Laporan.pdf', 'LAPORAN.pdf', 'laporan (2).pdf'])).toEqual([
      'Laporan.pdf',
      'LAPORAN (3).pdf',
      'laporan (2).pdf',
    ]);
  });
});
