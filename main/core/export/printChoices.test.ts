import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { emptyExemptionFields } from '../../../shared/domain/exemption';
import { exportRequestSchema, type ExportRequestInput } from '../../../shared/domain/export';
import { openSession, setAgency, type Session } from '../../../test/export/fixture';
import { ordnerFields } from '../../../test/contract/samples/fixtures';
import { tempDir } from '../../../test/support/tempArchive';

/** A 1×1 PNG: enough for the kop's logo to be drawn as an image. */
const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function pdfText(pdf: Buffer): { pages: string[]; images: number } {
  const file = join(tempDir('lemari-print-'), 'out.pdf');
  writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '0');
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
  return { pages, images };
}

async function render(s: Session, request: ExportRequestInput) {
  return s.core.exports.render(exportRequestSchema.parse(request));
}

/** Rina (PPID) records an upstream-decided (KPU) exemption, Sri approves, Budi records the SK. */
async function decidedDik(s: Session) {
  const rina = await s.ppid();
  const sri = await s.call('user.create', {
    fields: { name: 'Sri Wahyuni', nip: '', jabatan: 'Sekda', roles: ['atasan_ppid'], active: true },
  });
  const x = await s.call('exemption.create', {
    fields: {
      ...emptyExemptionFields,
      judul: 'Data pemilih',
      informasi: 'NIK dan alamat lengkap pemilih',
      jenisDokumen: 'data  pemilih',
      grounds: ['17h3'],
      konsekuensiDibuka: 'Data pribadi pemilih disalahgunakan.',
      konsekuensiDitutup: 'Data pribadi pemilih terlindungi.',
      periodText: '5 Tahun',
      year: 2026,
      upstreamDecision: 'Keputusan KPU RI Nomor 1050 Tahun 2024',
    },
  });
  const submitted = await s.call('exemption.submit', { entryId: x.entryId, expectedVersion: x.version, note: '' });
  await s.signInAs(sri);
  await s.call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
  await s.signInAs(rina);
  return s.call('decision.create', {
    fields: {
      number: '300.2.11 / 1864 / IV / 2025',
      date: '2025-04-14',
      signerName: 'Andi Muhammad Yasir',
      signerPosition: 'Kepala Dinas',
      entryIds: [x.entryId],
      testIds: [],
      scanSha256: null,
    },
  });
}

describe('printed documents carry what the officer chose', () => {
  it('the Lampiran SK prints the chosen SK number and date, one clean LAMPIRAN KEPUTUSAN line', async () => {
    const s = openSession();
    await setAgency(s);
    const sk = await decidedDik(s);
    for (const paper of ['a4', 'f4'] as const) {
      const made = await render(s, { list: 'dik', format: 'pdf', year: 2026, paper, layout: 'lampiran', decisionId: sk.id });
      expect(made.name).toBe(`daftar-informasi-dikecualikan-2026-lampiran-sk-${paper.toUpperCase()}.pdf`);
      const first = (pdfText(made.data).pages[0] ?? '').replace(/[ \t]*\n[ \t]*/g, ' ');
      expect(first).toContain('LAMPIRAN KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU');
      expect(first).not.toContain('DINAS DINAS');
      expect(first).toContain(': 300.2.11 / 1864 / IV / 2025');
      expect(first).toContain(': 14 April 2025');
      expect(first).not.toMatch(/NOMOR\s+: -/);
      expect(first).toContain('Andi Muhammad Yasir');
    }
    // Without a choice the latest SK is taken; a wrong id is refused.
    const latest = pdfText((await render(s, { list: 'dik', format: 'pdf', year: 2026, layout: 'lampiran' })).data).pages[0] ?? '';
    expect(latest).toContain(': 300.2.11 / 1864 / IV / 2025');
    await expect(render(s, { list: 'dik', format: 'pdf', year: 2026, layout: 'lampiran', decisionId: 999 })).rejects.toThrow(
      /tidak tercatat/,
    );
  });

  it('refuses a live lampiran when no SK is recorded, rather than printing "NOMOR : -"', async () => {
    const s = openSession();
    await setAgency(s);
    await expect(render(s, { list: 'dip', format: 'pdf', year: 2026, layout: 'lampiran' })).rejects.toThrow(/memerlukan SK/);
  });

  it('signs with the date the officer chose, and names the paper in the file name', async () => {
    const s = openSession();
    await setAgency(s);
    const made = await render(s, { list: 'dip', format: 'pdf', year: 2026, paper: 'f4', signatureDate: '2026-02-03' });
    expect(made.name).toBe('daftar-informasi-publik-2026-F4.pdf');
    const text = pdfText(made.data).pages.join('\n');
    expect(text).toContain('Sukamaju, 3 Februari 2026');
    expect(text).not.toContain('15 Januari 2026');
    // The SK's date is the default once one is chosen.
    const sk = await decidedDik(s);
    const signed = pdfText((await render(s, { list: 'dik', format: 'pdf', year: 2026, decisionId: sk.id })).data).pages.join('\n');
    expect(signed).toContain('Sukamaju, 14 April 2025');
  });

  it('the DIK can show Jenis dokumen and the Keputusan KPU RI it rests on', async () => {
    const s = openSession();
    await setAgency(s);
    await decidedDik(s);
    const plain = pdfText((await render(s, { list: 'dik', format: 'pdf', year: 2026 })).data).pages.join('\n');
    expect(plain).not.toContain('Jenis Dokumen');
    const wide = (
      await render(s, { list: 'dik', format: 'pdf', year: 2026, paper: 'f4', dikColumns: ['jenisDokumen', 'upstreamDecision'] })
    ).data;
    const text = pdfText(wide).pages.join('\n');
    expect(text).toContain('Jenis Dokumen');
    expect(text).toContain('data pemilih');
    expect(text).toContain('Keputusan yang');
    expect(text).toMatch(/Keputusan KPU RI\s+Nomor/);
  });

  it('one kop surat everywhere: the test sheet and the ordner index carry the logo and the unit line', async () => {
    const s = openSession();
    await setAgency(s);
    const profile = await s.call('agency.get', {});
    await s.call('agency.update', { expectedVersion: profile.version, fields: { ...profile, logo } });
    const entry = await s.call('entry.create', {
      fields: { ...emptyEntryFields('berkala', 2026), judul: 'Data gaji' },
    });
    const test = await s.call('consequence.create', {
      fields: {
        heldOn: '2026-01-10',
        place: 'Ruang rapat',
        trigger: 'sebelum_permohonan',
        requestRef: '',
        documentExamined: 'Daftar gaji',
        entryIds: [entry.id],
        participants: [{ name: 'Budi Santoso', role: 'Pengelola Informasi', unit: '' }],
        harm: '',
        publicInterest: '',
        balance: '',
        conclusion: null,
        periodText: '',
      },
    });
    const sheetFile = await s.call('consequence.sheet', { id: test.id });
    const sheet = pdfText(readFileSync(s.core.exportFiles.get(sheetFile.fileId)?.path ?? ''));
    const ordner = await s.call('ordner.create', {
      fields: { ...ordnerFields, code: 'PPID-2026-01' },
    });
    const indexFile = await s.call('ordner.index', { id: ordner.id });
    const index = pdfText(readFileSync(s.core.exportFiles.get(indexFile.fileId)?.path ?? ''));
    for (const printed of [sheet, index]) {
      const first = (printed.pages[0] ?? '').replace(/\s+/g, ' ');
      expect(first).toContain('DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU');
      expect(first).toContain('PPID UTAMA');
      expect(first).toContain('ppid@sukamaju.go.id');
      expect(printed.images).toBeGreaterThanOrEqual(1);
    }
  });
});
