import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../main/core/publish/zip';
import { addDip, addEntry, openSession, setAgency, type Session } from '../export/fixture';
import { tempDir } from '../support/tempArchive';
import { textPdf } from './redactedPdf';

/**
 * RELIABILITY #9: a unique canary in every exempted field the DIK does not publish and unique
 * bytes in every exempted scan; then every file of every export and of the website package
 * (folder and zip, each entry inflated, the .xlsx inflated again, PDF text and metadata) is searched.
 */
const canary = (field: string) => `KNR${field.toUpperCase()}Q7X`;
const exemptedFields = [
  'judul',
  'ringkasan',
  'notes',
  'unitText',
  'penanggungJawab',
  'waktu',
  'tempat',
  'jenisMedia',
  'retensiText',
  'kodeKlasifikasi',
] as const;
const testFields = ['documentExamined', 'harm', 'publicInterest', 'balance', 'place'] as const;
const DOC_CANARY = 'KNRDOCUMENTTITLEQ7X';

function pdfBytes(tag: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${tag} ${createHash('sha256').update(tag).digest('hex')}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

async function seed(s: Session): Promise<{ exemptedScans: Buffer[]; publicCopy: Buffer; dipIds: number[] }> {
  await setAgency(s);
  const dipIds = await addDip(s, 8);
  const dikIds: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const fields = Object.fromEntries(exemptedFields.map((field) => [field, `${canary(field)}${String(i)}`]));
    dikIds.push(
      await addEntry(s, 'dikecualikan', {
        ...fields,
        tags: [`${canary('tag')}${String(i)}`],
        dikInformasi: `Data pribadi pegawai ${String(i)}`,
        dikDasarHukum: 'Pasal 17 huruf h UU 14/2008',
        dikKonsekuensiDibuka: 'Mengungkap rahasia pribadi',
        dikKonsekuensiDitutup: 'Privasi terlindungi',
        dikJangkaWaktu: 'Tidak terbatas',
      }),
    );
  }
  // The consequence test's analysis is never published, only its conclusion in the DIK columns.
  // The export fixture is signed in as the body's PPID, who drafts the test.
  await s.call('consequence.create', {
    fields: {
      heldOn: '2026-01-05',
      place: canary('place'),
      trigger: 'sebelum_permohonan',
      requestRef: '',
      documentExamined: canary('documentExamined'),
      entryIds: dikIds,
      participants: [{ name: 'Rina Marlina', role: 'PPID', unit: '' }],
      harm: canary('harm'),
      publicInterest: canary('publicInterest'),
      balance: canary('balance'),
      conclusion: 'dikecualikan',
      periodText: 'Tidak terbatas',
    },
  });

  const document = async (title: string, entryId: number) => {
    const made = await s.call('document.create', {
      fields: { title, number: '', date: '2026-01-05', classificationCode: '', stage: 'asli', description: title, sheetCount: 1 },
    });
    await s.call('document.linkEntry', { id: made.id, entryId, year: 2026 });
    return made.id;
  };
  // An exempted document: original scan and even a "public" copy, neither may leave.
  const exemptedScans = [pdfBytes('exempted-original'), pdfBytes('exempted-public-copy'), pdfBytes('shared-with-public')];
  const secret = await document(DOC_CANARY, dikIds[0] ?? 0);
  await s.call('document.addFile', {
    id: secret,
    role: 'original',
    upload: await s.stage('rahasia.pdf', exemptedScans[0] ?? Buffer.alloc(0)),
  });
  await s.call('document.addFile', {
    id: secret,
    role: 'public',
    upload: await s.stage('rahasia-publik.pdf', exemptedScans[1] ?? Buffer.alloc(0)),
  });
  await s.call('document.addFile', {
    id: secret,
    role: 'original',
    upload: await s.stage('lampiran.pdf', exemptedScans[2] ?? Buffer.alloc(0)),
  });
  // A public document, linked to a DIP entry: its public copy goes out, its original does not.
  // A real PDF with a text layer: the guard reads every public copy's text and metadata.
  const publicCopy = await textPdf('Laporan Realisasi Anggaran 2025: pendapatan dan belanja daerah.');
  const open = await document('Laporan Realisasi Anggaran 2025', dipIds[0] ?? 0);
  await s.call('document.addFile', { id: open, role: 'original', upload: await s.stage('laporan-asli.pdf', pdfBytes('public-original')) });
  await s.call('document.addFile', { id: open, role: 'public', upload: await s.stage('laporan.pdf', publicCopy) });
  // A public document that reuses bytes of an exempted scan: refused by hash.
  const mixed = await document('Dokumen campuran', dipIds[1] ?? 0);
  await s.call('document.addFile', {
    id: mixed,
    role: 'public',
    upload: await s.stage('campuran.pdf', exemptedScans[2] ?? Buffer.alloc(0)),
  });
  return { exemptedScans, publicCopy, dipIds };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every readable form of a file: its bytes, its inflated zip entries (recursively), its PDF text and metadata. */
function surfaces(name: string, data: Buffer, scratch: string): { where: string; text: Buffer }[] {
  const found = [
    { where: name, text: data },
    { where: `${name} (name)`, text: Buffer.from(name) },
  ];
  if (data.subarray(0, 2).toString('latin1') === 'PK') {
    for (const entry of readZip(data)) found.push(...surfaces(`${name}!${entry.name}`, entry.data, scratch));
  }
  if (data.subarray(0, 5).toString('latin1') === '%PDF-' && data.length > 2000) {
    const file = join(scratch, `${createHash('sha256').update(name).digest('hex')}.pdf`);
    writeFileSync(file, data);
    found.push({ where: `${name} (text)`, text: Buffer.from(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })) });
    found.push({ where: `${name} (info)`, text: Buffer.from(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })) });
    // Compressed content streams, inflated one by one (fonts, page text as drawn).
    for (const match of data.toString('latin1').matchAll(/stream\r?\n/g)) {
      const start = match.index + match[0].length;
      try {
        found.push({ where: `${name} (stream)`, text: inflateRawSync(data.subarray(start + 2)) });
      } catch {
        // Not every stream is deflated (images, short streams); the raw bytes are searched already.
      }
    }
  }
  return found;
}

describe('website package and exports leak nothing exempted (RELIABILITY #9)', () => {
  it('zero canaries, zero exempted hashes, no SQLite file; the same edition gives the same bytes', async () => {
    const s = openSession();
    const { exemptedScans, publicCopy } = await seed(s);
    const decision = {
      number: '300.2.11 / 12 / I / 2026',
      date: '2026-01-12',
      place: 'Sukamaju',
      signerPosition: 'Kepala Dinas',
      signerName: 'Ir. Bambang Wibowo',
      signerNip: '',
    };
    const skScan = pdfBytes('signed-decision');
    const dip = await s.call('edition.publish', { list: 'dip', year: 2026, decision, scan: await s.stage('sk.pdf', skScan) });
    const dik = await s.call('edition.publish', { list: 'dik', year: 2026, decision: { ...decision, number: '300.2.11 / 13 / I / 2026' } });

    const out = tempDir('lemari-leak-');
    const packages = [await s.core.publish.toFolder(dip.id, out), await s.core.publish.toFolder(dik.id, out)];
    const exportsDir = join(out, 'exports');
    mkdirSync(exportsDir);
    for (const list of ['dip', 'dik'] as const) {
      for (const format of ['pdf', 'xlsx', 'csv', 'json', 'html'] as const) {
        const made = await s.core.exports.render({ list, format, year: 2026, paper: 'f4', layout: 'daftar', editionId: null });
        writeFileSync(join(exportsDir, made.name), made.data);
      }
    }

    // The public copy is in the DIP package, under dokumen/, and the SK scan is there.
    const dipFiles = packages[0]?.files.map((file) => file.name) ?? [];
    expect(dipFiles).toContain('dokumen/laporan.pdf');
    expect(dipFiles).toContain('sk-penetapan-informasi-publik-2026.pdf');
    expect(dipFiles.filter((name) => name.startsWith('dokumen/'))).toHaveLength(1);

    const forbiddenTexts = [...exemptedFields.map(canary), ...testFields.map(canary), canary('tag'), DOC_CANARY, 'KNR'];
    const forbiddenHashes = new Set(exemptedScans.map((scan) => createHash('sha256').update(scan).digest('hex')));
    const scratch = tempDir('lemari-leak-scratch-');
    let searched = 0;
    for (const path of walk(out)) {
      const data = readFileSync(path);
      expect(data.subarray(0, 16).toString('latin1'), path).not.toBe('SQLite format 3\0');
      for (const surface of surfaces(relative(out, path), data, scratch)) {
        searched += 1;
        for (const text of forbiddenTexts) expect(surface.text.includes(text), `${text} in ${surface.where}`).toBe(false);
        expect(forbiddenHashes.has(createHash('sha256').update(surface.text).digest('hex')), `exempted scan in ${surface.where}`).toBe(
          false,
        );
        for (const scan of exemptedScans) expect(surface.text.includes(scan), `exempted bytes in ${surface.where}`).toBe(false);
        for (const hash of forbiddenHashes) expect(surface.text.includes(hash), `exempted hash in ${surface.where}`).toBe(false);
      }
    }
    expect(searched).toBeGreaterThan(40);
    expect(readFileSync(join(packages[0]?.folder ?? '', 'dokumen', 'laporan.pdf')).equals(publicCopy)).toBe(true);
    // The manifest verifies with sha256sum -c.
    expect(execFileSync('sha256sum', ['-c', 'manifest-sha256.txt'], { cwd: packages[0]?.folder, encoding: 'utf8' })).not.toContain(
      'FAILED',
    );

    // Same edition → byte-identical package, however often it is made.
    const again = await s.core.publish.toFolder(dip.id, tempDir('lemari-leak-again-'));
    expect(again.zipSha256).toBe(packages[0]?.zipSha256);
    expect(readFileSync(again.zip).equals(readFileSync(packages[0]?.zip ?? ''))).toBe(true);
  }, 120_000);

  it('the main-process guard refuses a package that would carry exempted text or a scan', async () => {
    const s = openSession();
    await setAgency(s);
    const ids = await addDip(s, 2);
    // An officer pasted an exempted entry's notes into a public entry: the DIP would publish them.
    await addEntry(s, 'dikecualikan', { judul: 'Rahasia', notes: 'Catatan rahasia KNRPASTEDQ7X pegawai', dikInformasi: 'Data pribadi' });
    await s.call('entry.patch', {
      id: ids[0] ?? 0,
      patch: { jenisMedia: 'lihat Catatan rahasia KNRPASTEDQ7X pegawai' },
      expectedVersion: 0,
    });
    const edition = await s.call('edition.publish', {
      list: 'dip',
      year: 2026,
      decision: { number: '1/2026', date: '2026-01-12', place: 'Sukamaju', signerPosition: 'PPID', signerName: 'Siti', signerNip: '' },
    });
    const out = tempDir('lemari-leak-guard-');
    await expect(s.core.publish.toFolder(edition.id, out)).rejects.toThrow(/informasi yang dikecualikan/);
    expect(readdirSync(out)).toEqual([]);
  });
});
