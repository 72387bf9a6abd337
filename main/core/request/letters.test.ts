import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exemptedSalary, walkIn, requestDesk } from '../../../test/support/requestFixtures';
import { tempDir } from '../../../test/support/tempArchive';

/** pdftotext of a letter served by the export-file store, and its page size in points. */
function readLetter(core: ReturnType<typeof requestDesk>['core'], fileId: string) {
  const stored = core.exportFiles.get(fileId);
  if (!stored) throw new Error('letter not in the export-file store');
  const text = execFileSync('pdftotext', ['-layout', stored.path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [stored.path], { encoding: 'utf8' });
  return { text: text.replace(/\s+/g, ' '), info, path: stored.path };
}

async function refusedWithObjection() {
  const core = requestDesk('2026-12-01T05:00:00Z');
  const agency = await core.call('agency.get', {});
  await core.call('agency.update', {
    expectedVersion: agency.version,
    fields: {
      ...agency,
      bodyName: 'Dinas Komunikasi dan Informatika Kota Kupang',
      address: 'Jl. S.K. Lerik, Kelapa Lima',
      city: 'Kupang',
      ppidName: 'Rina Marlina, S.Sos',
      ppidNip: '198001012005012001',
      superiorName: 'Drs. Yohanes Bria',
      superiorPosition: 'Sekretaris Daerah Kota Kupang',
    },
  });
  const salary = await exemptedSalary(core.call);
  const r = await core.call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
  const extended = await core.call('request.extend', { id: r.id, expectedVersion: r.version, reason: 'Informasi berada di tiga bidang' });
  const refused = await core.call('request.decide', {
    id: r.id,
    expectedVersion: extended.version,
    decision: { status: 'ditolak', exemptEntryIds: [salary.entryId], note: '' },
  });
  const objected = await core.call('request.object', { id: r.id, fields: { filedOn: '2026-12-01', reasons: ['a'], description: '' } });
  const o = objected.objections[0];
  if (!o) throw new Error('no objection');
  await core.call('request.answerObjection', {
    objectionId: o.id,
    expectedVersion: o.version,
    response: { number: '045/SETDA/XII/2026', date: '2026-12-01', outcome: 'ditolak', text: 'Atasan PPID menguatkan penolakan PPID.' },
  });
  return { core, request: refused, objectionId: o.id };
}

describe('letters', () => {
  it('prints the tanda bukti, notices, the refusal decision citing ground and test, and the Atasan PPID’s response, A4 and F4', async () => {
    const { core, request, objectionId } = await refusedWithObjection();
    const out = process.env.LEMARI_LETTERS_DIR ?? tempDir();
    mkdirSync(out, { recursive: true });
    const base = { id: request.id, date: '2026-12-01', objectionId: null };

    const receipt = await core.call('request.letter', { ...base, kind: 'tanda_bukti', number: '001/TB/PPID/XII/2026' });
    const tb = readLetter(core.core, receipt.fileId);
    expect(receipt.url).toBe(`/download/${receipt.fileId}`);
    expect(tb.text).toContain('TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK');
    expect(tb.text).toContain('DINAS KOMUNIKASI DAN INFORMATIKA KOTA KUPANG');
    expect(tb.text).toContain('001/PPID/XII/2026');
    expect(tb.text).toContain('Siti Aminah');
    expect(tb.info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);

    const refusal = await core.call('request.letter', { ...base, kind: 'penolakan', number: '002/KEP-PPID/XII/2026', paper: 'f4' });
    const kp = readLetter(core.core, refusal.fileId);
    expect(kp.text).toContain('KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI');
    expect(kp.text).toContain('Data gaji dan rekening pegawai');
    expect(kp.text).toMatch(/huruf h angka 3/);
    expect(kp.text).toContain('Membuka kondisi keuangan pribadi pegawai.');
    expect(kp.text).toContain('Rina Marlina, S.Sos');
    expect(kp.info).toMatch(/Page size:\s+609\.\d+ x 935\.\d+/);

    const notice = await core.call('request.letter', { ...base, kind: 'pemberitahuan', number: '003/PT/PPID/XII/2026' });
    expect(readLetter(core.core, notice.fileId).text).toContain('Pemberitahuan: Ditolak');
    const ext = await core.call('request.letter', { ...base, kind: 'perpanjangan', number: '004/PP/PPID/XII/2026' });
    expect(readLetter(core.core, ext.fileId).text).toContain('Informasi berada di tiga bidang');
    const answer = await core.call('request.letter', { ...base, objectionId, kind: 'tanggapan_keberatan', number: '045/SETDA/XII/2026' });
    const tg = readLetter(core.core, answer.fileId);
    expect(tg.text).toContain('penolakan atas permintaan informasi berdasarkan alasan pengecualian');
    expect(tg.text).toContain('Drs. Yohanes Bria');

    for (const [name, file] of Object.entries({ receipt, refusal, notice, ext, answer })) {
      const stored = core.core.exportFiles.get(file.fileId);
      if (stored) execFileSync('pdftoppm', ['-png', '-r', '80', stored.path, join(out, name)]);
    }
    const detail = await core.call('request.get', { id: request.id });
    expect(detail.letters.map((l) => l.kind)).toEqual(['tanda_bukti', 'penolakan', 'pemberitahuan', 'perpanjangan', 'tanggapan_keberatan']);
    const audit = await core.call('audit.list', { entityType: 'request' });
    expect(audit.filter((e) => e.action === 'request.letter')).toHaveLength(5);
    writeFileSync(join(out, 'done'), 'ok');
  });

  it('refuses a letter that does not fit the request', async () => {
    const core = requestDesk('2026-12-01T05:00:00Z');
    const r = await core.call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
    for (const kind of ['pemberitahuan', 'perpanjangan', 'penolakan', 'tanggapan_keberatan'] as const) {
      const refused = await core.refuse('request.letter', { id: r.id, kind, number: 'X/1', date: '2026-12-01' });
      expect(refused.code).toBe('conflict');
    }
  });
});
