import { emptyDocument, type DocumentFields } from '../../../shared/domain/document';
import type { UserFields } from '../../../shared/domain/user';
import { emptyEntryFields, type EntryFields } from '../../../shared/domain/entry';
import { emptyExemptionFields, type ExemptionFields, type TestFields } from '../../../shared/domain/exemption';
import type { OrdnerFields } from '../../../shared/domain/ordner';
import { pdfBytes } from '../../vault/fixtures';
import type { SampleContext } from './sample';

/** Rows several domains' samples need, made through the transport under test. */

export async function dipEntry(ctx: SampleContext, fields: Partial<EntryFields> = {}) {
  return ctx.call('entry.create', { fields: { ...emptyEntryFields('berkala', 2026), judul: 'Profil PPID', ...fields } });
}

export const documentFields: DocumentFields = {
  ...emptyDocument,
  title: 'SK PPID tentang Daftar Informasi Publik',
  number: '800/12/2025',
  date: '2025-03-03',
  sheetCount: 2,
};

export async function aDocument(ctx: SampleContext) {
  return ctx.call('document.create', { fields: documentFields });
}

/** A document with two scanned originals, answered with their hashes in order. */
export async function documentWithScans(ctx: SampleContext) {
  const document = await aDocument(ctx);
  await ctx.call('document.addFile', {
    id: document.id,
    role: 'original',
    upload: await ctx.stage(await pdfBytes(1, 'scan-1'), 'SCAN_0001.pdf'),
  });
  const detail = await ctx.call('document.addFile', {
    id: document.id,
    role: 'original',
    upload: await ctx.stage(await pdfBytes(2, 'scan-2'), 'SCAN_0002.pdf'),
  });
  return { document, hashes: detail.files.map((file) => file.sha256) };
}

export const ordnerFields: OrdnerFields = {
  code: 'DIK-2025-01',
  title: 'Informasi yang Dikecualikan 2025',
  unitId: null,
  classificationCode: '',
  yearFrom: 2025,
  yearTo: 2025,
  access: 'tertutup',
  capacitySheets: 600,
  colour: 'merah',
  spineCm: 8,
  placeId: null,
};

/** An ordner holding one filed document. */
export async function filledOrdner(ctx: SampleContext) {
  const ordner = await ctx.call('ordner.create', { fields: ordnerFields });
  const document = await aDocument(ctx);
  await ctx.call('document.move', { id: document.id, target: { ordnerId: ordner.id, sekat: 2, seq: null } });
  return { ordner, document };
}

/** The PIN every sample person gets (set by the first run's PPID, who manages users). */
export const STAFF_PIN = '135790';

/**
 * Rina (PPID), Budi (petugas), Sri (Atasan PPID), each with a PIN set by the first run's PPID;
 * `as` signs one of them in on the harness's window. Rina is signed in when this returns.
 */
export async function staff(ctx: SampleContext) {
  const person = async (fields: UserFields) => {
    const user = await ctx.call('user.create', { fields });
    await ctx.call('auth.setSecret', { userId: user.id, secret: STAFF_PIN });
    return user;
  };
  const rina = await person({ name: 'Rina Marlina', nip: '', jabatan: 'PPID', roles: ['ppid'], active: true });
  const budi = await person({ name: 'Budi Santoso', nip: '', jabatan: 'Pengelola Informasi', roles: ['petugas'], active: true });
  const sri = await person({ name: 'Sri Wahyuni', nip: '', jabatan: 'Sekretaris Daerah', roles: ['atasan_ppid'], active: true });
  const people = { rina, budi, sri };
  const as = (who: keyof typeof people) => ctx.signInAs({ userId: people[who].id, pin: STAFF_PIN });
  await as('rina');
  return { ...people, as };
}

export const salary: ExemptionFields = {
  ...emptyExemptionFields,
  judul: 'Data gaji dan rekening pegawai',
  informasi: 'Nomor rekening bank dan rincian penghasilan pegawai',
  dokumen: 'Daftar gaji pegawai 2024',
  jenisDokumen: 'Data kepegawaian',
  grounds: ['17h3'],
  konsekuensiDibuka: 'Membuka kondisi keuangan pribadi pegawai.',
  konsekuensiDitutup: 'Data pribadi pegawai terlindungi.',
  periodText: '20 Tahun',
  anchor: 'sk',
};

export function completeTest(entryIds: number[]): TestFields {
  return {
    heldOn: '2025-04-10',
    place: 'Ruang rapat PPID',
    trigger: 'sebelum_permohonan',
    requestRef: '',
    documentExamined: 'Daftar gaji pegawai 2024',
    entryIds,
    participants: [
      { name: 'Rina Marlina', role: 'PPID', unit: '' },
      { name: 'Budi Santoso', role: 'Unit yang menguasai informasi', unit: 'Subbagian Kepegawaian' },
    ],
    harm: 'Dapat disalahgunakan untuk penipuan terhadap pegawai.',
    publicInterest: 'Kepentingan publik terpenuhi oleh informasi anggaran belanja pegawai secara agregat.',
    balance: 'Kerugian lebih besar daripada manfaat membuka.',
    conclusion: 'dikecualikan',
    periodText: '20 Tahun',
  };
}

/** A draft exemption by Budi (active afterwards) with the test that covers it, still open. */
export async function draftWithTest(ctx: SampleContext, fields: Partial<ExemptionFields> = {}) {
  const people = await staff(ctx);
  await people.as('budi');
  const draft = await ctx.call('exemption.create', { fields: { ...salary, ...fields } });
  const test = await ctx.call('consequence.create', { fields: completeTest([draft.entryId]) });
  return { ...people, draft, test };
}

/** An exemption submitted by Budi, test concluded by Rina; Sri is active, ready to approve or return. */
export async function submittedExemption(ctx: SampleContext, fields: Partial<ExemptionFields> = {}) {
  const made = await draftWithTest(ctx, fields);
  await made.as('rina');
  const test = await ctx.call('consequence.conclude', { id: made.test.id, expectedVersion: made.test.version });
  await made.as('budi');
  const ready = await ctx.call('exemption.get', { entryId: made.draft.entryId });
  const submitted = await ctx.call('exemption.submit', { entryId: ready.entryId, expectedVersion: ready.version, note: '' });
  await made.as('sri');
  return { ...made, test, submitted };
}

/** An approved exemption; Budi is active afterwards (he records SKs). */
export async function approvedExemption(ctx: SampleContext, fields: Partial<ExemptionFields> = {}) {
  const made = await submittedExemption(ctx, fields);
  const approved = await ctx.call('exemption.approve', { entryId: made.draft.entryId, expectedVersion: made.submitted.version, note: '' });
  await made.as('budi');
  return { ...made, approved };
}

export const skFields = {
  number: '300.2.11 / 1864 / IV / 2025',
  date: '2025-04-14',
  signerName: 'Sri Wahyuni',
  signerPosition: 'Sekretaris Daerah',
  scanSha256: null,
};

/** An approved exemption fixed by an SK (Budi active). */
export async function decidedExemption(ctx: SampleContext) {
  const made = await approvedExemption(ctx);
  const decision = await ctx.call('decision.create', { fields: { ...skFields, entryIds: [made.draft.entryId], testIds: [made.test.id] } });
  return { ...made, decision };
}

export const editionDecision = {
  number: '300.2.11 / 12 / I / 2026',
  date: '2026-01-12',
  place: 'Sukamaju',
  signerPosition: 'Kepala Dinas',
  signerName: 'Ir. Bambang Wibowo',
  signerNip: '',
};

/** The DIP 2026 with one entry, established as an edition. */
export async function dipEdition(ctx: SampleContext) {
  await dipEntry(ctx);
  return ctx.call('edition.publish', { list: 'dip', year: 2026, decision: editionDecision });
}

export { pdfBytes };
