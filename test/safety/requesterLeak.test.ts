import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../main/core/publish/zip';
import { emptyEntryFields } from '../../shared/domain/entry';
import { walkIn, requestDesk } from '../support/requestFixtures';
import { tempDir } from '../support/tempArchive';

const NAME = 'Kanaria Pemohonwati';
const NIK = '5371999988887777';
const ADDRESS = 'Jl. Kenari Rahasia 77';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Each file's bytes, its zip entries (an .xlsx inside the package too) and a PDF's text. */
function texts(name: string, data: Buffer, scratch: string): string[] {
  const found = [data.toString('utf8'), name];
  if (data.subarray(0, 2).toString('latin1') === 'PK')
    for (const entry of readZip(data)) found.push(...texts(entry.name, entry.data, scratch));
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    const file = join(scratch, `${String(found.length)}-${name.replace(/\W/g, '_')}.pdf`);
    writeFileSync(file, data);
    found.push(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  }
  return found;
}

describe('requesters’ personal data never enters a website package (UU 27/2022)', () => {
  it('a requester granted a DIP entry leaves no name, NIK or address in the DIP package', async () => {
    const { call, core } = requestDesk('2026-12-01T05:00:00Z');
    const dip = await call('entry.create', {
      fields: { ...emptyEntryFields('setiap_saat', 2026), judul: 'Rencana Strategis Dinas 2026', ringkasan: 'Renstra' },
    });
    const base = walkIn('2026-12-01T02:00:00Z', 'Rencana Strategis Dinas 2026');
    const r = await call('request.create', {
      fields: { ...base, requester: { ...base.requester, name: NAME, identityNumber: NIK, address: ADDRESS } },
    });
    const granted = await call('request.decide', {
      id: r.id,
      expectedVersion: r.version,
      decision: { status: 'dikabulkan_seluruhnya', entryIds: [dip.id], documentIds: [], note: '' },
    });
    expect(granted.givenEntries.map((e) => e.id)).toEqual([dip.id]);

    const decision = {
      number: '300.2.11 / 12 / XII / 2026',
      date: '2026-12-01',
      place: 'Kupang',
      signerPosition: 'Kepala Dinas',
      signerName: 'Ir. Bambang',
      signerNip: '',
    };
    const edition = await call('edition.publish', { list: 'dip', year: 2026, decision });
    const out = tempDir('lemari-requester-leak-');
    const made = await core.publish.toFolder(edition.id, out);
    expect(made.files.length).toBeGreaterThan(0);
    const scratch = tempDir('lemari-requester-scratch-');
    const all = walk(out).flatMap((path) => texts(path, readFileSync(path), scratch));
    // The entry itself is in the package (so the search looked in the right place) …
    expect(all.some((text) => text.includes('Rencana Strategis Dinas 2026'))).toBe(true);
    // … and nothing of its requester.
    for (const secret of [NAME, NIK, ADDRESS, r.number]) expect(all.filter((text) => text.includes(secret))).toEqual([]);
  });

  /**
   * The register books hold requesters' data by design (internal books); the website must not. A desk officer
   * pasting a requester's name, NIK, phone or address into a public entry is refused at every public door:
   * the edition's package, and the DIP export itself. Fails on the old guard, which knew only exempted text.
   */
  describe('a requester’s data pasted into a public entry is refused', () => {
    const PHONE = '0852 1111 2222 3';
    async function pasted(paste: string) {
      const { call, refuse, core } = requestDesk('2026-12-01T05:00:00Z');
      const base = walkIn('2026-12-01T02:00:00Z', 'Rencana Strategis Dinas 2026');
      await call('request.create', {
        fields: { ...base, requester: { ...base.requester, name: NAME, identityNumber: NIK, address: ADDRESS, phone: PHONE } },
      });
      await call('entry.create', {
        fields: {
          ...emptyEntryFields('setiap_saat', 2026),
          judul: 'Tanggapan atas pengaduan masyarakat',
          ringkasan: `Tindak lanjut pengaduan — ${paste}`,
        },
      });
      return { call, refuse, core };
    }

    it.each([
      ['the name', NAME],
      ['the NIK', NIK],
      ['the address', ADDRESS.toUpperCase()],
      ['the phone, spaced differently', PHONE.replace(/\s+/g, '')],
    ])('%s in a DIP ringkasan: no package, no DIP export, and the message says personal data', async (_what, paste) => {
      const { call, refuse, core } = await pasted(paste);
      const decision = {
        number: '300.2.11 / 12 / XII / 2026',
        date: '2026-12-01',
        place: 'Kupang',
        signerPosition: 'Kepala Dinas',
        signerName: 'Ir. Bambang',
        signerNip: '',
      };
      const edition = await call('edition.publish', { list: 'dip', year: 2026, decision });
      const out = tempDir('lemari-requester-paste-');
      await expect(core.publish.toFolder(edition.id, out)).rejects.toMatchObject({ code: 'forbidden' });
      expect(walk(out)).toEqual([]);
      const exported = await refuse('export.list', { list: 'dip', format: 'csv', year: 2026 });
      expect(exported.code).toBe('forbidden');
      expect(exported.messageEn).toContain('personal data');
    });

    it('the same requester recorded as a badan hukum: the organisation’s name is not personal data, its contact is', async () => {
      const { call } = requestDesk('2026-12-01T05:00:00Z');
      const base = walkIn('2026-12-01T02:00:00Z');
      await call('request.create', {
        fields: {
          ...base,
          requester: {
            ...base.requester,
            kind: 'badan_hukum',
            name: 'Lembaga Bantuan Hukum Kupang',
            legalBasis: 'Akta 12/2019',
            phone: PHONE,
          },
        },
      });
      await call('entry.create', {
        fields: { ...emptyEntryFields('setiap_saat', 2026), judul: 'MoU dengan Lembaga Bantuan Hukum Kupang', ringkasan: 'Kerja sama' },
      });
      const csv = await call('export.list', { list: 'dip', format: 'csv', year: 2026 });
      expect(csv.name).toMatch(/\.csv$/);
      await call('entry.create', { fields: { ...emptyEntryFields('setiap_saat', 2026), judul: 'Kontak', ringkasan: PHONE } });
      await expect(call('export.list', { list: 'dip', format: 'csv', year: 2026 })).rejects.toThrow(/personal data/);
    });
  });
});
