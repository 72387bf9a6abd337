import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endDateOf, parsePeriod } from '../../shared/domain/period';
import { openedDipFields } from '../support/openedDipFields';
import { dispatchCore } from '../support/dispatchCore';
import { writeBook } from './support';
import { tempDir } from '../support/tempArchive';

// Issue 11 item 2: an existing DIK enters the exemption lifecycle. Each real DIK fixture is imported
// with the SK that set it, through dispatch as the transports call it, and read back through the
// exemption views the officer uses (Klasifikasi, Jatuh tempo) on a real SQLite archive.

interface ManifestEntry {
  row: number;
  fields: Record<string, string>;
  cite?: { grounds: string[]; otherStatutes: string[]; flags: string[] };
  periodKind?: string;
  upstreamDecision?: string;
}
interface Manifest {
  fixtures: { file: string; sheets: { name: string; list: 'dip' | 'dik'; entries: ManifestEntry[] }[] }[];
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'real-lists');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const dikFixtures = manifest.fixtures.filter((f) => f.sheets.some((s) => s.list === 'dik'));

const SK = { number: '300.2.11 / 1864 / IV / 2025', date: '2025-04-14', signerName: 'Rina Marlina', signerPosition: 'PPID' };

async function archive() {
  const s = dispatchCore('2025-05-02T03:00:00Z');
  await s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID' });
  return s;
}

function count(s: Awaited<ReturnType<typeof archive>>, sql: string): number {
  return s.core.db.prepare<[], { n: number }>(sql).get()?.n ?? -1;
}

describe('an existing DIK imported with its SK enters the lifecycle', () => {
  it('has DIK fixtures to import', () => {
    expect(dikFixtures.length).toBeGreaterThanOrEqual(10);
  });

  for (const fixture of dikFixtures) {
    it(`${fixture.file}: every DIK row a decided exemption with its grounds and end date`, async () => {
      const s = await archive();
      const upload = await s.stage(readFileSync(join(dir, fixture.file)), fixture.file);
      const result = await s.call('import.commit', { upload, allSheets: true, decision: { ...SK, scan: null } });
      const wanted = fixture.sheets.filter((sheet) => sheet.list === 'dik').flatMap((sheet) => sheet.entries);
      expect(result.decisionId).not.toBeNull();
      const dikPart = result.parts.filter((part) => part.list === 'dik');
      expect(dikPart.reduce((n, part) => n + (part.exemptions?.decided ?? 0), 0)).toBe(wanted.length);

      const list = await s.call('exemption.list', {});
      expect(list).toHaveLength(wanted.length);
      const byText = new Map(list.map((x) => [x.informasi, x]));
      for (const entry of wanted) {
        const x = byText.get(entry.fields.dikInformasi ?? '');
        const at = `row ${String(entry.row)}`;
        expect(x, at).toBeDefined();
        if (!x) continue;
        expect(x, at).toMatchObject({
          status: 'approved',
          imported: true,
          awaitingDecision: false,
          decisionId: result.decisionId,
          anchorDate: SK.date,
        });
        if (entry.cite) {
          expect(x.grounds, at).toEqual(entry.cite.grounds);
          // Every flag the reader raises is kept on the row for review, never dropped.
          // (A Pasal 17 without huruf is one point: it says no ground was read.)
          const flags = entry.cite.flags.filter((flag) => flag !== 'noGround' || !entry.cite?.flags.includes('groundIncomplete'));
          for (const flag of flags)
            expect(
              x.importReview.map((r) => r.key),
              at,
            ).toContain(`citation.${flag}`);
        }
        if (entry.periodKind) expect(x.period.kind, at).toBe(entry.periodKind);
        // The period runs from the SK's date: a duration has its end date, as the Act's arithmetic gives it.
        const expectedEnd = endDateOf(parsePeriod(x.periodText), SK.date);
        expect(x.endDate, at).toBe(expectedEnd);
        if (x.period.kind === 'duration' && x.period.workingDays === undefined) expect(x.endDate, at).not.toBeNull();
        if (entry.upstreamDecision) expect(x.upstreamDecision, at).toContain(entry.upstreamDecision);
      }
      // The SK is recorded once and names every imported row.
      const decisions = await s.call('decision.list', {});
      expect(decisions).toHaveLength(1);
      expect(decisions[0]).toMatchObject({ number: SK.number, date: SK.date, purpose: 'penetapan' });
      expect([...(decisions[0]?.entryIds ?? [])].sort((a, b) => a - b)).toEqual(list.map((x) => x.entryId).sort((a, b) => a - b));
      // Never a public row from a DIK sheet.
      expect(count(s, "SELECT count(*) AS n FROM entries WHERE category = 'dikecualikan'")).toBe(wanted.length + 0);
    });
  }
});

/** A DIK as a kabupaten dinas keeps it: durations, a date, a bare "Pasal 17" to complete, a condition. */
async function dinasDik(path: string) {
  return writeBook(path, [
    {
      name: 'DIK 2025',
      rows: [
        ['DAFTAR INFORMASI YANG DIKECUALIKAN'],
        ['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi Dibuka', 'Konsekuensi Ditutup', 'Jangka Waktu'],
        [
          1,
          'Data pribadi pemohon informasi',
          'Pasal 17 huruf h angka 1 UU 14/2008',
          'Mengungkap rahasia pribadi',
          'Terlindungi',
          '5 (lima) tahun',
        ],
        [2, 'Dokumen pengadaan dalam evaluasi', 'Pasal 17 huruf b', 'Mengganggu persaingan usaha', '', 'Sampai dengan 31 Desember 2027'],
        [3, 'Rekam medis pegawai', 'Pasal 17 UU 14/2008', 'Mengungkap riwayat kesehatan', 'Terlindungi', '20 Tahun'],
        [4, 'Berita acara pemeriksaan disiplin', 'Pasal 17 huruf a', '', '', 'Dibuka setelah mendapat persetujuan tertulis pimpinan'],
      ],
      merges: ['A1:F1'],
    },
  ]);
}

describe('views, expiry and declassification work on imported rows', () => {
  it('Klasifikasi groups them by end year, Jatuh tempo lists them, and one opens into the DIP', async () => {
    const s = await archive();
    const file = await dinasDik(join(tempDir(), 'dik.xlsx'));
    const preview = await s.call('import.preview', {
      upload: await s.stage(readFileSync(file), 'dik.xlsx'),
      decision: { ...SK, scan: null },
    });
    const reading = preview.rows.map((row) => row.dikReading);
    expect(reading[0]).toMatchObject({ grounds: ['17h1'], endDate: '2030-04-13', awaitingDecision: false, review: [] });
    expect(reading[1]).toMatchObject({ grounds: ['17b'], endDate: '2027-12-31' });
    // The bare "Pasal 17 UU 14/2008" is kept and flagged to be completed, not guessed.
    expect(reading[2]?.grounds).toEqual([]);
    expect(reading[2]?.review.map((r) => r.key)).toContain('citation.groundIncomplete');
    expect(reading[3]?.review.map((r) => r.key)).toContain('noConsequence');

    await s.call('import.commit', { upload: await s.stage(readFileSync(file), 'dik.xlsx'), decision: { ...SK, scan: null } });
    const classify = await s.call('exemption.classify', {});
    const years = Object.fromEntries(classify.byEndYear.map((g) => [g.key, g.entries.map((x) => x.judul)]));
    expect(years['2030']).toEqual(['Data pribadi pemohon informasi']);
    expect(years['2027']).toEqual(['Dokumen pengadaan dalam evaluasi']);
    expect(years['2045']).toEqual(['Rekam medis pegawai']);
    const incomplete = (await s.call('exemption.list', {})).find((x) => x.judul === 'Rekam medis pegawai');
    expect(incomplete?.importReview.map((r) => r.key)).toContain('citation.groundIncomplete');

    // `lemari expiring` asks exemption.due: the 2030 row ends within 30 working days of 2030-03-20.
    const due = await s.call('exemption.due', { asOf: '2030-03-20', withinWorkingDays: 30 });
    expect(due.ending.map((x) => x.judul)).toEqual(['Data pribadi pemohon informasi']);
    expect(due.toReview.map((x) => x.judul)).toContain('Berita acara pemeriksaan disiplin');
    const ended = await s.call('exemption.due', { asOf: '2028-01-03', withinWorkingDays: 0 });
    expect(ended.ended.map((x) => x.judul)).toEqual(['Dokumen pengadaan dalam evaluasi']);

    const target = (await s.call('exemption.list', {})).find((x) => x.judul === 'Dokumen pengadaan dalam evaluasi');
    if (!target) throw new Error('imported row missing');
    const opened = await s.call('exemption.declassify', {
      entryId: target.entryId,
      expectedVersion: target.version,
      decision: {
        number: '300.2.11 / 10 / I / 2028',
        date: '2028-01-03',
        signerName: 'Rina Marlina',
        signerPosition: 'PPID',
        scanSha256: null,
      },
      reason: 'Jangka waktu pengecualian telah berakhir.',
      dip: openedDipFields,
    });
    expect((await s.call('entry.get', { id: opened.dipEntryId })).category).toBe('setiap_saat');
    expect((await s.call('exemption.get', { entryId: target.entryId })).status).toBe('opened');
  });

  it('stores the signed SK scan in the vault with the decision', async () => {
    const s = await archive();
    const file = await dinasDik(join(tempDir(), 'dik.xlsx'));
    const scan = await s.stage(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'), 'sk.pdf');
    const result = await s.call('import.commit', { upload: await s.stage(readFileSync(file), 'dik.xlsx'), decision: { ...SK, scan } });
    const [decision] = await s.call('decision.list', {});
    expect(decision?.id).toBe(result.decisionId);
    expect(decision?.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(count(s, 'SELECT count(*) AS n FROM blobs')).toBe(1);
  });
});

describe('attacks on the DIK import', () => {
  it('refuses a DIK sent into a public category through the API without the explicit flag; nothing is written', async () => {
    const s = await archive();
    const file = await dinasDik(join(tempDir(), 'dik.xlsx'));
    for (const input of [{ list: 'dip' as const }, { category: 'berkala' as const }, { sheetLists: { 'DIK 2025': 'dip' as const } }]) {
      const error = await s.refuse('import.commit', { upload: await s.stage(readFileSync(file), 'dik.xlsx'), ...input });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'allowPublicDespiteDik' });
    }
    expect(count(s, 'SELECT count(*) AS n FROM entries')).toBe(0);
    expect(count(s, 'SELECT count(*) AS n FROM exemptions')).toBe(0);
  });

  it('an import with no decision never yields public rows: exempted, awaiting their SK, which can be attached later', async () => {
    const s = await archive();
    const file = await dinasDik(join(tempDir(), 'dik.xlsx'));
    const result = await s.call('import.commit', { upload: await s.stage(readFileSync(file), 'dik.xlsx') });
    expect(result.decisionId).toBeNull();
    expect(result.parts[0]?.exemptions).toMatchObject({ decided: 0, awaiting: 4 });
    expect(count(s, "SELECT count(*) AS n FROM entries WHERE category <> 'dikecualikan'")).toBe(0);
    const page = await s.call('entry.list', {});
    expect(page.counts.filter((c) => c.category !== 'dikecualikan' && c.count > 0)).toEqual([]);
    const list = await s.call('exemption.list', {});
    expect(list.every((x) => x.awaitingDecision && x.importReview.some((r) => r.key === 'awaitingDecision'))).toBe(true);
    expect(list.find((x) => x.judul === 'Data pribadi pemohon informasi')?.endDate).toBeNull();

    // The SK found later in the ordner: recorded on the Keputusan tab, it fixes them and their periods run from it.
    await s.call('decision.create', {
      fields: { ...SK, entryIds: list.map((x) => x.entryId), testIds: [], scanSha256: null },
      scan: null,
    });
    const after = await s.call('exemption.list', {});
    expect(after.some((x) => x.awaitingDecision)).toBe(false);
    expect(after.find((x) => x.judul === 'Data pribadi pemohon informasi')).toMatchObject({ endDate: '2030-04-13', importReview: [] });
  });

  it('an upstream decision (KPU) sets the rows; the end date waits for its date, said so per row', async () => {
    const s = await archive();
    const file = await dinasDik(join(tempDir(), 'dik.xlsx'));
    const result = await s.call('import.commit', {
      upload: await s.stage(readFileSync(file), 'dik.xlsx'),
      upstreamDecision: '169/Kpts/KPU/TAHUN 2015',
    });
    expect(result.parts[0]?.exemptions).toMatchObject({ decided: 4, awaiting: 0 });
    const x = (await s.call('exemption.list', {})).find((e) => e.judul === 'Data pribadi pemohon informasi');
    expect(x).toMatchObject({ upstreamDecision: '169/Kpts/KPU/TAHUN 2015', awaitingDecision: false, endDate: null });
    expect(x?.importReview.map((r) => r.key)).toEqual(['needsDecisionDate']);
  });

  it("needs the PPID's act: a clerk may import a DIP but not a DIK, and a refused DIK import writes nothing", async () => {
    const s = await archive();
    const budi = await s.call('user.create', {
      fields: { name: 'Budi Santoso', nip: '', jabatan: 'Pengelola Informasi', roles: ['petugas'], active: true },
    });
    await s.signInAs(budi);
    const file = await dinasDik(join(tempDir(), 'dik.xlsx'));
    const refused = await s.refuse('import.commit', {
      upload: await s.stage(readFileSync(file), 'dik.xlsx'),
      decision: { ...SK, scan: null },
    });
    expect(refused.code).toBe('forbidden');
    expect(refused.messageEn).toContain('Budi Santoso');
    const sneaky = await s.refuse('import.commit', {
      upload: await s.stage(readFileSync(file), 'dik.xlsx'),
      list: 'dip',
      allowPublicDespiteDik: true,
    });
    expect(sneaky.code).toBe('forbidden');
    expect(count(s, 'SELECT count(*) AS n FROM entries')).toBe(0);
    expect(count(s, 'SELECT count(*) AS n FROM decisions')).toBe(0);
    // Looking is allowed: a dry run writes nothing and says what the PPID's import would make.
    const dry = await s.call('import.commit', { upload: await s.stage(readFileSync(file), 'dik.xlsx'), dryRun: true });
    expect(dry.parts[0]?.exemptions).toMatchObject({ decided: 0, awaiting: 4 });
    expect(count(s, 'SELECT count(*) AS n FROM entries')).toBe(0);
    const dip = await s.stage(Buffer.from('No;Informasi;Ringkasan Isi Informasi\n1;Profil PPID;Struktur dan tugas PPID\n'), 'dip.csv');
    expect((await s.call('import.commit', { upload: dip })).imported).toBe(1);
  });
});
