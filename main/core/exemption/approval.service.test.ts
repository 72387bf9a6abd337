import { describe, expect, it } from 'vitest';
import type { ApprovalChain } from '../../../shared/domain/approval';
import { emptyExemptionFields, type ExemptionFields } from '../../../shared/domain/exemption';
import type { Role } from '../../../shared/domain/user';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { pdfBytes } from '../../../test/vault/fixtures';

const setup = () => dispatchCore('2025-04-10T03:00:00Z');

/** A KPU kabupaten DIK row: the test was done upstream, so the upstream decision stands in for it. */
const daftarPemilih: ExemptionFields = {
  ...emptyExemptionFields,
  judul: 'Data pemilih dengan NIK dan NKK lengkap',
  informasi: 'NIK, NKK dan alamat lengkap pemilih dalam DPT',
  dokumen: 'Daftar Pemilih Tetap Pemilu 2024',
  jenisDokumen: 'Data pemilih',
  grounds: ['17h'],
  konsekuensiDibuka: 'Data pribadi pemilih dapat disalahgunakan.',
  konsekuensiDitutup: 'Data pribadi pemilih terlindungi.',
  periodText: 'Tidak terbatas',
  anchor: 'sk',
  upstreamDecision: 'Keputusan KPU RI Nomor 1050 Tahun 2024',
};

const kpuChain: ApprovalChain = { roles: ['pembina_ppid', 'tim_pertimbangan', 'atasan_ppid'], mode: 'all', ordered: true };

/**
 * KPU Pinrang's people: Rina (PPID), Budi (petugas, the desk), Andi (Pembina PPID), Hasnah (Tim
 * Pertimbangan), Syamsuddin (Atasan PPID, signs on paper). Rina sets the three-approver chain; Budi
 * drafts and submits; nobody is left signed in but Budi.
 */
async function kpuPinrang(s: ReturnType<typeof setup>, chain: ApprovalChain = kpuChain) {
  const { call } = s;
  const rina = await s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID' });
  const person = (name: string, roles: Role[]) => call('user.create', { fields: { name, nip: '', jabatan: '', roles, active: true } });
  const budi = await person('Budi Santoso', ['petugas']);
  const andi = await person('Andi Baso', ['pembina_ppid']);
  const hasnah = await person('Hasnah', ['tim_pertimbangan']);
  const syamsuddin = await person('H. Syamsuddin', ['atasan_ppid']);
  const current = await call('exemption.approvalChain', {});
  await call('exemption.setApprovalChain', { chain, expectedVersion: current.version });
  await s.signInAs(budi);
  const draft = await call('exemption.create', { fields: daftarPemilih });
  const submitted = await call('exemption.submit', { entryId: draft.entryId, expectedVersion: draft.version, note: 'Mohon persetujuan' });
  return { rina, budi, andi, hasnah, syamsuddin, entryId: draft.entryId, submitted };
}

async function current(s: ReturnType<typeof setup>, entryId: number) {
  return s.call('exemption.get', { entryId });
}

describe('several approvers (issue 12, KPU Pinrang step 2), enforced in main', () => {
  it('needs all three, in order, each once; the third recorded from the signed paper with its scan', async () => {
    const s = setup();
    const { call, refuse } = s;
    const p = await kpuPinrang(s);
    expect(p.submitted.approval).toMatchObject({ given: 0, required: 3, next: 'pembina_ppid' });

    // The Atasan PPID may not go first when the order counts.
    await s.signInAs(p.syamsuddin);
    const early = await refuse('exemption.approve', { entryId: p.entryId, expectedVersion: p.submitted.version, note: '' });
    expect(early.code).toBe('forbidden');
    expect(early.message).toContain('Pembina PPID, Tim Pertimbangan, Atasan PPID');
    expect(early.messageEn).toContain('not yet H. Syamsuddin’s turn');

    await s.signInAs(p.andi);
    const one = await call('exemption.approve', { entryId: p.entryId, expectedVersion: p.submitted.version, note: 'Setuju' });
    expect(one.status).toBe('submitted');
    expect(one.approval).toMatchObject({ given: 1, required: 3, next: 'tim_pertimbangan', awaiting: ['tim_pertimbangan', 'atasan_ppid'] });

    // Not twice.
    const twice = await refuse('exemption.approve', { entryId: p.entryId, expectedVersion: one.version, note: '' });
    expect(twice.message).toContain('Andi Baso sudah memberikan persetujuan');

    await s.signInAs(p.hasnah);
    const two = await call('exemption.approve', { entryId: p.entryId, expectedVersion: one.version, note: 'Sesuai hasil uji KPU RI' });
    expect(two.approval).toMatchObject({ given: 2, required: 3, next: 'atasan_ppid' });

    // The desk records the Atasan PPID's signature from paper: who, in which role, which sheet.
    await s.signInAs(p.budi);
    const scan = await s.stage(await pdfBytes(1, 'Lembar persetujuan Atasan PPID'), 'persetujuan-atasan-ppid.pdf');
    const three = await call('exemption.recordApproval', {
      entryId: p.entryId,
      expectedVersion: two.version,
      approver: { userId: null, name: 'H. Syamsuddin', role: 'atasan_ppid' },
      signedOn: '2025-04-11',
      note: 'Disetujui',
      scan,
    });
    expect(three.status).toBe('approved');
    expect(three.approval).toMatchObject({ given: 3, required: 3, complete: true });
    const paper = three.approval?.approvals[2];
    expect(paper).toMatchObject({
      role: 'atasan_ppid',
      approverName: 'H. Syamsuddin',
      via: 'paper',
      recordedByName: 'Budi Santoso',
      signedOn: '2025-04-11',
      scanName: 'persetujuan-atasan-ppid.pdf',
    });
    expect((await call('vault.blob', { sha256: paper?.scanSha256 ?? '' })).contentType).toBe('application/pdf');
    expect(three.approval?.approvals.slice(0, 2).map((a) => [a.approverName, a.via])).toEqual([
      ['Andi Baso', 'signed_in'],
      ['Hasnah', 'signed_in'],
    ]);
    expect(three.steps.map((step) => [step.action, step.userName, step.role])).toEqual([
      ['create', 'Budi Santoso', 'petugas'],
      ['submit', 'Budi Santoso', 'petugas'],
      ['approve', 'Andi Baso', 'pembina_ppid'],
      ['approve', 'Hasnah', 'tim_pertimbangan'],
      ['recordApproval', 'Budi Santoso', 'petugas'],
    ]);
    expect(three.steps.at(-1)?.note).toBe('H. Syamsuddin — Disetujui');

    // The audit trail says who recorded which approval, and hashes the approval row.
    const events = await call('audit.list', { entityType: 'exemption', entityId: String(p.entryId) });
    const recorded = events.find((e) => e.action === 'exemption.recordApproval');
    expect(recorded?.actor).toBe('Budi Santoso');
    expect(JSON.stringify(recorded?.after)).toContain('"recordedByName":"Budi Santoso"');
    expect(JSON.stringify(recorded?.after)).toContain('"approverName":"H. Syamsuddin"');
    expect(events.filter((e) => e.action === 'exemption.approve')).toHaveLength(2);

    // Complete: nobody adds a fourth, and the list shows it.
    await s.signInAs(p.rina);
    const list = await call('exemption.list', {});
    expect(list.find((x) => x.entryId === p.entryId)?.approval).toMatchObject({ given: 3, required: 3 });
  });

  it('refuses self-approval: the submitter, and a drafter named on paper', async () => {
    const s = setup();
    const { call, refuse } = s;
    const p = await kpuPinrang(s, { roles: ['pembina_ppid', 'atasan_ppid'], mode: 'all', ordered: false });
    await s.signInAs(p.rina);
    const both = await call('user.create', {
      fields: { name: 'Kepala Sub Bagian', nip: '', jabatan: '', roles: ['petugas', 'pembina_ppid'], active: true },
    });
    await s.signInAs(both);
    const own = await call('exemption.create', { fields: { ...daftarPemilih, judul: 'Berkas pencalonan' } });
    const submitted = await call('exemption.submit', { entryId: own.entryId, expectedVersion: own.version, note: '' });
    const error = await refuse('exemption.approve', { entryId: own.entryId, expectedVersion: submitted.version, note: '' });
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('tidak boleh disetujui oleh orang yang mengajukannya');

    // On paper, by name: the sheet names the one who drafted and submitted (spelt otherwise); refused, and the scan links nothing.
    await s.signInAs(p.budi);
    const drafterByName = await refuse('exemption.recordApproval', {
      entryId: p.entryId,
      expectedVersion: p.submitted.version,
      approver: { userId: null, name: 'budi  santoso', role: 'pembina_ppid' },
      signedOn: '2025-04-11',
      note: '',
      scan: await s.stage(await pdfBytes(1, 'lembar'), 'lembar.pdf'),
    });
    expect(drafterByName.message).toContain('tidak boleh disetujui oleh orang yang mengajukannya');
    expect((await current(s, p.entryId)).approval?.given).toBe(0);
  });

  it('refuses a wrong role, a non-desk role recording from paper, and a paper approval without a scan or with a file that is no scan', async () => {
    const s = setup();
    const { refuse } = s;
    const p = await kpuPinrang(s);
    const entry = { entryId: p.entryId, expectedVersion: p.submitted.version };
    const paper = { approver: { userId: null, name: 'H. Syamsuddin', role: 'atasan_ppid' as const }, signedOn: '2025-04-11', note: '' };

    // A petugas holds no approving role: refused at the door (policy).
    const wrongRole = await refuse('exemption.approve', { ...entry, note: '' });
    expect(wrongRole.code).toBe('forbidden');

    // The Tim Pertimbangan is an approver but not the desk: it may not record someone else's approval from paper.
    await s.signInAs(p.hasnah);
    const notDesk = await refuse('exemption.recordApproval', { ...entry, ...paper, scan: await s.stage(await pdfBytes(1, 'x'), 'x.pdf') });
    expect(notDesk.code).toBe('forbidden');
    expect(notDesk.message).toContain('Hasnah');

    // Without a scan the call does not parse; with an upload that is not there it is not found.
    await s.signInAs(p.budi);
    const noScan = await s.dispatch('exemption.recordApproval', { ...entry, ...paper }, s.context());
    expect(noScan.ok).toBe(false);
    if (!noScan.ok) expect(noScan.error.code).toBe('invalid_input');
    const missing = await refuse('exemption.recordApproval', {
      ...entry,
      ...paper,
      scan: { uploadId: '5b0f7a9e-2f4c-4d7b-9a61-3c2e8f1d0a77' },
    });
    expect(missing.code).toBe('not_found');

    // A web page posing as a PDF is refused by its bytes, and nothing is recorded.
    const hostile = await refuse('exemption.recordApproval', {
      ...entry,
      ...paper,
      scan: await s.stage(Buffer.from('<html><script>alert(1)</script></html>'), 'persetujuan.pdf'),
    });
    expect(hostile.code).toBe('unsupported_file');
    // Out of order on paper too: the Atasan PPID's sheet waits for the two before it.
    const early = await refuse('exemption.recordApproval', { ...entry, ...paper, scan: await s.stage(await pdfBytes(1, 'y'), 'y.pdf') });
    expect(early.message).toContain('belum mendapat giliran');
    // A profile named on the sheet must hold the role written there.
    const lacks = await refuse('exemption.recordApproval', {
      ...entry,
      ...paper,
      approver: { userId: p.hasnah.id, name: '', role: 'pembina_ppid' },
      scan: await s.stage(await pdfBytes(1, 'z'), 'z.pdf'),
    });
    expect(lacks.message).toContain('Hasnah tidak memegang peran Pembina PPID');
    const after = await current(s, p.entryId);
    expect(after.approval).toMatchObject({ given: 0, approvals: [] });
    expect(after.version).toBe(p.submitted.version);
  });

  it('a return with a note sends it back to the drafter, who sees the note; the next submission starts over', async () => {
    const s = setup();
    const { call, refuse } = s;
    const p = await kpuPinrang(s);
    await s.signInAs(p.andi);
    const one = await call('exemption.approve', { entryId: p.entryId, expectedVersion: p.submitted.version, note: '' });
    // Andi has had his say: he cannot take it back by returning.
    expect((await refuse('exemption.return', { entryId: p.entryId, expectedVersion: one.version, note: 'Batal' })).message).toContain(
      'sudah memberikan persetujuan',
    );
    await s.signInAs(p.hasnah);
    const back = await call('exemption.return', {
      entryId: p.entryId,
      expectedVersion: one.version,
      note: 'Lengkapi dasar Keputusan KPU RI',
    });
    expect(back).toMatchObject({ status: 'returned', returnNote: 'Lengkapi dasar Keputusan KPU RI', approval: null });
    expect(back.steps.at(-1)).toMatchObject({ action: 'return', userName: 'Hasnah', role: 'tim_pertimbangan' });

    await s.signInAs(p.budi);
    const seen = await current(s, p.entryId);
    expect(seen.returnNote).toBe('Lengkapi dasar Keputusan KPU RI');
    const again = await call('exemption.submit', { entryId: p.entryId, expectedVersion: seen.version, note: 'Sudah dilengkapi' });
    expect(again.approval).toMatchObject({ given: 0, required: 3, next: 'pembina_ppid' });
  });

  it('keeps the chain a submission began with, and lets only the PPID change the chain, audited', async () => {
    const s = setup();
    const { call, refuse } = s;
    const p = await kpuPinrang(s, { roles: ['atasan_ppid', 'pembina_ppid'], mode: 'any', ordered: false });
    await s.signInAs(p.rina);
    const stored = await call('exemption.approvalChain', {});
    expect(stored).toMatchObject({ mode: 'any', ordered: false, version: 1 });
    // A stale window's save is refused.
    expect((await refuse('exemption.setApprovalChain', { chain: kpuChain, expectedVersion: 0 })).code).toBe('conflict');
    const changed = await call('exemption.setApprovalChain', { chain: kpuChain, expectedVersion: stored.version });
    expect(changed).toMatchObject({ ...kpuChain, version: 2 });
    // The approve rule follows the chain's roles, so the door and the chain agree.
    expect((await call('user.rules', {})).approve).toEqual(kpuChain.roles);
    const audit = await call('audit.list', { entityType: 'approval_chain' });
    expect(audit[0]).toMatchObject({ action: 'approval.setChain', actor: 'Rina Marlina' });

    // The Atasan PPID manages users but does not set the chain.
    await s.signInAs(p.syamsuddin);
    expect((await refuse('exemption.setApprovalChain', { chain: kpuChain, expectedVersion: changed.version })).code).toBe('forbidden');

    // Submitted under "any": one approval still ends it, whatever the new chain says.
    const done = await call('exemption.approve', { entryId: p.entryId, expectedVersion: p.submitted.version, note: '' });
    expect(done).toMatchObject({ status: 'approved', approval: { given: 1, required: 1 } });
  });

  it('keeps today’s behaviour on an archive with no chain set: the first approval ends it', async () => {
    const s = setup();
    const { call } = s;
    const rina = await s.firstPpid({ name: 'Rina Marlina', jabatan: 'PPID' });
    const sri = await call('user.create', { fields: { name: 'Sri Wahyuni', nip: '', jabatan: '', roles: ['atasan_ppid'], active: true } });
    expect(await call('exemption.approvalChain', {})).toEqual({
      roles: ['atasan_ppid', 'pembina_ppid'],
      mode: 'any',
      ordered: false,
      version: 0,
    });
    const x = await call('exemption.create', { fields: daftarPemilih });
    const submitted = await call('exemption.submit', { entryId: x.entryId, expectedVersion: x.version, note: '' });
    // An entry submitted before chains existed has no round: the first approval opens one under today's chain.
    s.core.db.prepare('DELETE FROM exemption_rounds WHERE entry_id = ?').run(x.entryId);
    await s.signInAs(sri);
    const approved = await call('exemption.approve', { entryId: x.entryId, expectedVersion: submitted.version, note: '' });
    expect(approved).toMatchObject({ status: 'approved', approval: { given: 1, required: 1, complete: true } });
    expect(rina.roles).toEqual(['ppid']);
  });
});
