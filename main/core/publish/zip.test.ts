import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildZip, readZip, type ZipInput } from './zip';

const at = new Date('2026-01-12T03:04:06.000Z');
const files: ZipInput[] = [
  { name: 'index.html', data: Buffer.from('<!doctype html><p>Daftar Informasi Publik 2026</p>\n'.repeat(40), 'utf8') },
  { name: 'dokumen/Laporan Keuangan Kafé.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1') },
  { name: 'sk-penetapan-informasi-publik-2026.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]) },
  { name: 'manifest-sha256.txt', data: Buffer.from('abc  index.html\n', 'utf8') },
];

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

/** Python's zipfile: its own test of every CRC, and the fields it reads back. */
function pythonSees(zip: Buffer): { names: string[]; dates: number[][]; modes: number[]; methods: number[]; extras: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'lemari-zip-'));
  try {
    const file = join(dir, 'p.zip');
    writeFileSync(file, zip);
    execFileSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' });
    const script = `import json,sys,zipfile
z=zipfile.ZipFile(sys.argv[1])
i=z.infolist()
print(json.dumps({"names":[x.filename for x in i],"dates":[list(x.date_time) for x in i],"modes":[x.external_attr>>16 for x in i],"methods":[x.compress_type for x in i],"extras":[len(x.extra) for x in i]}))`;
    return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as ReturnType<typeof pythonSees>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('website package zip (yazl, fixed time and attributes)', () => {
  it('gives the same bytes for the same files, in any order and in any time zone', async () => {
    process.env.TZ = 'UTC';
    const first = await buildZip(files, at);
    expect((await buildZip([...files].reverse(), at)).equals(first)).toBe(true);
    for (const zone of ['Asia/Jakarta', 'America/New_York', 'Pacific/Chatham']) {
      process.env.TZ = zone;
      expect((await buildZip(files, at)).equals(first), zone).toBe(true);
    }
    // A different instant must change the bytes, or the comparison above proves nothing.
    expect((await buildZip(files, new Date('2026-01-13T03:04:06.000Z'))).equals(first)).toBe(false);
  });

  it('is a valid zip to python3 -m zipfile -t, with the instant as UTC, rw-r--r-- and no extra fields', async () => {
    process.env.TZ = 'Asia/Jakarta';
    const seen = pythonSees(await buildZip(files, at));
    expect(seen.names).toEqual([...files.map((f) => f.name)].sort());
    expect(new Set(seen.dates.map((d) => d.join(' ')))).toEqual(new Set(['2026 1 12 3 4 6']));
    expect(new Set(seen.modes)).toEqual(new Set([0o100644]));
    expect(new Set(seen.extras)).toEqual(new Set([0]));
    // Deflated text, stored JPEG (compressed already).
    expect(seen.methods[seen.names.indexOf('index.html')]).toBe(8);
    expect(seen.methods[seen.names.indexOf('sk-penetapan-informasi-publik-2026.jpg')]).toBe(0);
  });

  it('passes unzip -t and reads back to the same files', async () => {
    const zip = await buildZip(files, at);
    const dir = mkdtempSync(join(tmpdir(), 'lemari-zip-'));
    try {
      writeFileSync(join(dir, 'p.zip'), zip);
      expect(execFileSync('unzip', ['-t', join(dir, 'p.zip')], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const back = readZip(zip);
    expect(back.map((f) => f.name)).toEqual([...files.map((f) => f.name)].sort());
    for (const file of files) expect(back.find((f) => f.name === file.name)?.data.equals(file.data), file.name).toBe(true);
  });
});
