import { pngBytes } from '../../../test/vault/fixtures';
import { describe, expect, it } from 'vitest';
import { emptyExemptionFields, type DecisionFields } from '../../../shared/domain/exemption';
import { dispatchCore } from '../../../test/support/dispatchCore';
import type { Core } from '../createCore';

const setup = () => dispatchCore('2025-04-14T03:00:00Z');

/** A one-page PDF as small as a signed SK scan can be: enough for the vault's magic-byte check. */
const signedSk = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** An upstream-decided (KPU) entry approved by the Atasan PPID, with the clerk Budi active to record the SK. */
async function approved(s: ReturnType<typeof setup>) {
  const { call } = s;
  const rina = await s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID' });
  const budi = await call('user.create', {
    fields: { name: 'Budi Santoso', nip: '', jabatan: 'Pengelola Informasi', roles: ['petugas'], active: true },
  });
  const sri = await call('user.create', {
    fields: { name: 'Sri Wahyuni', nip: '', jabatan: 'Sekretaris Daerah', roles: ['atasan_ppid'], active: true },
  });
  await s.signInAs(budi);
  const x = await call('exemption.create', {
    fields: {
      ...emptyExemptionFields,
      judul: 'Data gaji dan rekening pegawai',
      informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
      dokumen: 'Daftar gaji pegawai 2024',
      grounds: ['17h3'],
      konsekuensiDibuka: 'Membuka kondisi keuangan pribadi pegawai.',
      konsekuensiDitutup: 'Data pribadi pegawai terlindungi.',
      periodText: '20 Tahun',
      anchor: 'sk',
      upstreamDecision: 'Keputusan KPU RI Nomor 1/2024',
    },
  });
  const submitted = await call('exemption.submit', { entryId: x.entryId, expectedVersion: x.version, note: '' });
  await s.signInAs(sri);
  await call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
  await s.signInAs(budi);
  const fields: DecisionFields = {
    number: '300.2.11 / 1864 / IV / 2025',
    date: '2025-04-14',
    signerName: 'Sri Wahyuni',
    signerPosition: 'Sekretaris Daerah',
    entryIds: [x.entryId],
    testIds: [],
    scanSha256: null,
  };
  return { rina, budi, sri, entryId: x.entryId, fields };
}

function auditActions(core: Core, entityType: string): string[] {
  return core.db.prepare<[string], string>('SELECT action FROM audit_events WHERE entity_type = ? ORDER BY seq').pluck().all(entityType);
}

describe('the signed SK scan', () => {
  it('stores the scan in the vault with the SK and keeps its hash on the decision', async () => {
    const s = setup();
    const { fields } = await approved(s);
    const sk = await s.call('decision.create', { fields, scan: await s.stage(signedSk, 'SK 1864 bertanda tangan.pdf') });
    expect(sk.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    const blob = s.core.vault.open(sk.scanSha256 ?? '');
    expect(blob?.contentType).toBe('application/pdf');
    expect((await s.call('decision.list', {}))[0]?.scanSha256).toBe(sk.scanSha256);
    expect(auditActions(s.core, 'blob')).toEqual(['vault.ingest']);
  });

  it('refuses a file that is not a scan, and records no SK then', async () => {
    const s = setup();
    const { fields, entryId } = await approved(s);
    const error = await s.refuse('decision.create', { fields, scan: await s.stage(Buffer.from('Nomor SK: 1864'), 'sk.txt') });
    expect(error.code).toBe('unsupported_file');
    expect(error.message).toContain('sk.txt');
    expect(await s.call('decision.list', {})).toEqual([]);
    expect((await s.call('exemption.get', { entryId })).decisionId).toBeNull();
  });

  it('attaches a scan to an SK recorded without one, audited, for the roles that record SKs only', async () => {
    const s = setup();
    const { fields, rina } = await approved(s);
    const sk = await s.call('decision.create', { fields });
    expect(sk.scanSha256).toBeNull();

    await s.signInAs(null);
    expect((await s.refuse('decision.attachScan', { id: sk.id, upload: await s.stage(signedSk, 'sk.pdf') })).code).toBe('signed_out');
    await s.signInAs(rina);
    // A real PNG: the vault reads the header and refuses a PNG signature with no image behind it.
    const png = pngBytes(20, 28, [240, 240, 240]);
    const attached = await s.call('decision.attachScan', { id: sk.id, upload: await s.stage(png, 'sk-halaman-1.png') });
    expect(attached.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(attached.number).toBe(sk.number);
    expect(attached.entryIds).toEqual(sk.entryIds);
    expect(auditActions(s.core, 'decision')).toEqual(['decision.create', 'decision.attachScan']);
    expect((await s.refuse('decision.attachScan', { id: 999, upload: await s.stage(signedSk, 'sk.pdf') })).code).toBe('not_found');
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });
});
