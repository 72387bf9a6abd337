import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exemptedSalary, walkIn, requestDesk } from '../../../test/support/requestFixtures';

describe('Laporan Layanan Informasi Publik', () => {
  it('counts a year by channel and month, times to answer, refusals with grounds, objections; PDF and XLSX carry counts only', async () => {
    const h = requestDesk('2026-03-02T03:00:00Z');
    const salary = await exemptedSalary(h.call);
    // March: two walk-ins; one refused on day 0, one answered after the Idul Fitri holidays.
    const a = await h.call('request.create', { fields: walkIn('2026-03-02T02:00:00Z') });
    const b = await h.call('request.create', { fields: { ...walkIn('2026-03-02T02:30:00Z'), channel: 'email' } });
    await h.call('request.decide', {
      id: a.id,
      expectedVersion: a.version,
      decision: { status: 'ditolak', exemptEntryIds: [salary.entryId], note: '' },
    });
    await h.setClock('2026-03-25T03:00:00Z');
    // 2 March → 25 March: 3,4,5,6,9,10,11,12,13,16,17,25 = 12 working days (18–24 holidays and cuti bersama).
    await h.call('request.decide', { id: b.id, expectedVersion: b.version, decision: { status: 'tidak_dikuasai', note: 'Dikuasai BPS' } });
    await h.call('request.object', { id: a.id, fields: { filedOn: '2026-03-25', reasons: ['a'], description: '' } });
    await h.setClock('2026-07-01T03:00:00Z');
    await h.call('request.create', { fields: { ...walkIn('2026-07-01T02:00:00Z'), channel: 'website' } });

    const saved = await h.call('request.saveReport', {
      year: 2026,
      expectedVersion: 0,
      narrative: { kebijakan: 'SK PPID 2026', kendala: 'Jaringan internet terbatas', rekomendasi: 'Tambah petugas' },
    });
    const r = await h.call('request.report', { year: 2026 });
    expect(r).toMatchObject({ total: 3, answered: 2, medianWorkingDays: 6, withinTen: 1, withinSeventeen: 2, narrativeVersion: 0 });
    expect(r.byMonth[2]).toBe(2);
    expect(r.byMonth[6]).toBe(1);
    expect(r.byChannel.find((c) => c.channel === 'email')?.months[2]).toBe(1);
    expect(r.byStatus.find((s) => s.status === 'ditolak')?.count).toBe(1);
    expect(r.groundsCited).toEqual([{ code: '17h3', count: 1 }]);
    expect(r.objections).toMatchObject({ total: 1, pending: 1 });
    expect(saved.narrative.kendala).toBe('Jaringan internet terbatas');
    const stale = await h.refuse('request.saveReport', { year: 2026, expectedVersion: 5, narrative: saved.narrative });
    expect(stale.code).toBe('conflict');

    const pdf = await h.call('request.reportFile', { year: 2026, format: 'pdf' });
    const stored = h.core.exportFiles.get(pdf.fileId);
    if (!stored) throw new Error('no pdf');
    const text = execFileSync('pdftotext', ['-layout', stored.path, '-'], { encoding: 'utf8' });
    // LEMARI_REPORT_DIR=/tmp/x keeps page images to look at.
    if (process.env.LEMARI_REPORT_DIR)
      execFileSync('pdftoppm', ['-png', '-r', '80', stored.path, `${process.env.LEMARI_REPORT_DIR}/laporan`]);
    expect(text).toContain('LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2026');
    expect(text).toMatch(/Dijawab dalam 10 hari kerja\s+1 \(50,0%\)/);
    expect(text).toContain('Jaringan internet terbatas');
    const xlsx = await h.call('request.reportFile', { year: 2026, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    const xfile = h.core.exportFiles.get(xlsx.fileId);
    if (!xfile) throw new Error('no xlsx');
    await book.xlsx.readFile(xfile.path);
    const months = book.getWorksheet('Per bulan');
    expect(months?.getRow(1).getCell(4).value).toBe('Mar');
    expect(months?.getRow(months.rowCount).getCell(4).value).toBe(2);
    // Counts only: no requester's name or NIK in either file.
    const xml = JSON.stringify(book.worksheets.map((s) => s.getSheetValues()));
    for (const secret of ['Siti Aminah', '5371012345670001']) {
      expect(text).not.toContain(secret);
      expect(xml).not.toContain(secret);
    }
  });
});
