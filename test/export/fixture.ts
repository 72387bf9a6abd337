import { Readable } from 'node:stream';
import { emptyAgencyFields } from '../../shared/domain/agency';
import { emptyEntryFields, type EntryCategory, type EntryFields } from '../../shared/domain/entry';
import { createCore, type Core } from '../../main/core/createCore';
import { createDispatch } from '../../main/transport/dispatch';
import { seedLegacyDik, signInAs, signInTestPpid, TEST_PIN, testScrypt } from '../support/signIn';
import type { Method, MethodInput, MethodOutput } from '../../shared/api/contract';
import type { CallContext } from '../../shared/api/handlers';
import { tempDir } from '../support/tempArchive';

export const ctx = { actor: 'petugas' };
const PPID = 'Dra. Siti Aminah, M.Si.';

export interface Session {
  core: Core;
  dir: string;
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  stage(name: string, data: Buffer): Promise<{ uploadId: string }>;
  /** The body's PPID (the first run's account, signed in at the first call). */
  ppid(): Promise<{ id: number }>;
  /** Signs another person in with the test PIN (the PPID gives it to them first); the PPID again with `ppid()`'s user. */
  signInAs(user: { id: number }): Promise<void>;
}

/** A core in a temp folder, called through dispatch (validation included) as the transports do. */
export function openSession(dir = tempDir('lemari-export-')): Session {
  const core = createCore({ archiveDir: dir, background: false, clock: () => new Date('2026-01-15T02:00:00.000Z'), scrypt: testScrypt });
  const dispatch = createDispatch(core, { checkOutput: true });
  // Signed in once, lazily, as the body's PPID (the first run's account).
  let signedIn: ReturnType<typeof signInTestPpid> | null = null;
  let acting: CallContext | null = null;
  const first = () => (signedIn ??= signInTestPpid(dispatch, { name: PPID }));
  const withPin = new Set<number>();
  return {
    core,
    dir,
    async call(method, input) {
      const context = acting ?? (await first()).context;
      const result = await dispatch(method, input, context);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async ppid() {
      return { id: (await first()).session.user.id };
    },
    async signInAs(user) {
      const { context: ppid, session } = await first();
      if (user.id === session.user.id) {
        acting = null;
        return;
      }
      if (!withPin.has(user.id)) {
        const set = await dispatch('auth.setSecret', { userId: user.id, secret: TEST_PIN }, ppid);
        if (!set.ok) throw new Error(`auth.setSecret: ${set.error.messageEn}`);
        withPin.add(user.id);
      }
      acting = await signInAs(dispatch, user.id, TEST_PIN, `export-${String(user.id)}`);
    },
    async stage(name, data) {
      const staged = await core.uploads.stage(Readable.from([data]), name);
      return { uploadId: staged.uploadId };
    },
  };
}

export async function setAgency(s: Session): Promise<void> {
  const profile = await s.call('agency.get', {});
  await s.call('agency.update', {
    expectedVersion: profile.version,
    fields: {
      ...emptyAgencyFields,
      bodyName: 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju',
      unitName: 'PPID Utama',
      address: 'Jl. Merdeka No. 17',
      city: 'Sukamaju',
      phone: '(0265) 123456',
      email: 'ppid@sukamaju.go.id',
      website: 'https://ppid.sukamaju.go.id',
      ppidName: 'Dra. Siti Aminah, M.Si.',
      ppidNip: '198001012005012001',
      superiorName: 'Ir. Bambang Wibowo',
      superiorPosition: 'Kepala Dinas',
      superiorNip: '197001011995031002',
    },
  });
}

export async function addEntry(s: Session, category: EntryCategory, fields: Partial<EntryFields>): Promise<number> {
  if (category === 'dikecualikan') return seedLegacyDik(s.core, { ...emptyEntryFields(category, 2026), ...fields }, PPID).id;
  const entry = await s.call('entry.create', { fields: { ...emptyEntryFields(category, 2026), ...fields } });
  return entry.id;
}

const categories = ['berkala', 'serta_merta', 'setiap_saat'] as const;

/** A DIP of `count` real-looking rows, some with long text that must wrap and break across pages. */
export async function addDip(s: Session, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push(
      await addEntry(s, categories[i % 3] ?? 'berkala', {
        judul: `Laporan Realisasi Anggaran Nomor ${String(i + 1)}`,
        ringkasan:
          i % 11 === 0
            ? 'Uraian rinci realisasi pendapatan dan belanja per program dan kegiatan. '.repeat(30)
            : `Ringkasan laporan ${String(i + 1)} tentang pelaksanaan anggaran dinas.`,
        unitText: 'Sekretariat — Subbagian Keuangan',
        penanggungJawab: 'Kepala Subbagian Keuangan',
        waktu: '2025',
        tempat: 'Sukamaju',
        bentuk: i % 2 === 0 ? 'both' : 'softcopy',
        formatCetak: i % 2 === 0,
        formatRekam: true,
        formatOnline: i % 3 === 0,
        retensiAktif: 2,
        retensiInaktif: 5,
        retensiText: '',
        disposisi: 'permanen',
        jenisMedia: 'https://ppid.sukamaju.go.id/dip',
        kodeKlasifikasi: '900.1',
      }),
    );
  }
  return ids;
}
