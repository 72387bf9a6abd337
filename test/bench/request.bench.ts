// Issue 14's register timings: 10,000 requests of one year (about a third still open, 1,000 keberatan)
// listed with their deadlines, one opened, the annual report built and printed, the two register books
// exported in the Perki format, and a holiday added that moves the open deadlines (each move audited).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../main/core/createCore';
import { createObjectionRepo } from '../../main/core/request/objection.repo';
import { createRequestRepo } from '../../main/core/request/request.repo';
import { createEntryRepo } from '../../main/core/register/entry.repo';
import { emptyEntryFields } from '../../shared/domain/entry';
import { explainRequestDeadline, recordOf } from '../../shared/domain/requestDeadline';
import type { RequestFields, RequestStatus } from '../../shared/domain/request';
import { signedInDispatch } from '../support/signIn';
import { fmt, percentile, samples, table } from './measure';

/** A walk-in request (test/support/requestFixtures.ts pulls in vitest, which a bench cannot load). */
function walkIn(receivedAt: string, information: string): RequestFields {
  return {
    receivedAt,
    channel: 'langsung',
    letterNumber: '',
    letterDate: null,
    requester: {
      kind: 'perorangan',
      name: 'Siti Aminah',
      address: 'Jl. Merdeka 10, Kupang',
      phone: '0812 3456 7890',
      email: '',
      occupation: 'Wartawan',
      identityType: 'ktp',
      identityNumber: '5371012345670001',
      legalBasis: '',
    },
    information,
    purpose: 'Bahan liputan',
    accessModes: ['membaca'],
    copyWanted: true,
    copyForm: 'softcopy',
    delivery: 'email',
    notes: '',
  };
}

const REQUESTS = 10_000;
const OBJECTIONS = 1_000;
const NOW = new Date('2026-12-15T03:00:00Z');
const answers: RequestStatus[] = ['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'tidak_dikuasai', 'dialihkan'];

function seed(core: Core): void {
  const requests = createRequestRepo(core.db);
  const objections = createObjectionRepo(core.db);
  const entries = createEntryRepo(core.db);
  const holidays = requests.holidays();
  core.db
    .transaction(() => {
      const dip = entries.insert({ ...emptyEntryFields('setiap_saat', 2026), judul: 'Rencana Strategis 2026', bentuk: 'both' }, 't');
      let filed = 0;
      const dik = entries.insert(
        { ...emptyEntryFields('dikecualikan', 2026), judul: 'Data gaji pegawai', dikDasarHukum: 'Pasal 17 huruf h' },
        't',
      );
      for (let i = 0; i < REQUESTS; i += 1) {
        // Spread over 1 January – 14 December 2026; the last third of the year is still open.
        const day = Math.floor((i / REQUESTS) * 347);
        const receivedAt = new Date(Date.UTC(2026, 0, 1 + day, 2, i % 60)).toISOString();
        const base = walkIn(receivedAt, `Informasi nomor ${String(i)} tentang anggaran dan kegiatan`);
        const fields = {
          ...base,
          requester: { ...base.requester, name: `Pemohon ${String(i)}`, identityNumber: String(5300000000000000 + i) },
        };
        const receivedOn = receivedAt.slice(0, 10);
        const deadline = JSON.stringify(
          recordOf(explainRequestDeadline({ receivedAt, zone: 'WIB', holidays, extensionReason: null, recorded: null })),
        );
        const requesterId = requests.insertRequester(fields.requester, 't');
        const id = requests.insert({
          number: `${String(i + 1).padStart(5, '0')}/PPID/2026`,
          year: 2026,
          serial: i + 1,
          requesterId,
          fields,
          receivedOn,
          deadline,
          at: 't',
        });
        requests.step(id, 't', 'diterima', 'Rina', '');
        if (i < REQUESTS * 0.66) {
          const status = answers[i % answers.length] ?? 'ditolak';
          requests.setAnswer({
            id,
            expectedVersion: 0,
            status,
            answeredOn: receivedOn,
            transferredTo: status === 'dialihkan' ? 'Dinas lain' : '',
            note: '',
            at: 't',
          });
          if (status === 'dikabulkan_seluruhnya') requests.linkEntry(id, dip, 'given');
          if (status === 'ditolak' || status === 'dikabulkan_sebagian') requests.linkEntry(id, dik, 'refused');
          if (i % 6 === 0 && filed < OBJECTIONS) {
            filed += 1;
            objections.insertObjection(
              id,
              `KEB-${String(filed).padStart(4, '0')}/PPID/2026`,
              { filedOn: receivedOn, reasons: ['a', 'c'], description: '' },
              't',
            );
          }
        }
      }
    })
    .immediate();
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lemari-bench-request-'));
  const core = createCore({ archiveDir: dir, clock: () => NOW, background: false });
  try {
    console.log(
      `load average at start: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
    const seedStart = performance.now();
    seed(core);
    const open = core.requests.requests
      .list({ search: '', status: null, dueWithin: null, year: 2026 })
      .filter((r) => r.answeredOn === null);
    const objectionCount = (core.db.prepare('SELECT count(*) AS n FROM objections').get() as { n: number }).n;
    console.log(
      `seeded ${String(REQUESTS)} requests (${String(open.length)} of those listed still open), ${String(objectionCount)} keberatan in ${fmt(performance.now() - seedStart)}`,
    );
    const dispatch = signedInDispatch(core, () => undefined);
    const call = async (method: Parameters<typeof dispatch>[0], input: unknown) => {
      const result = await dispatch(method, input, { actor: 'bench' });
      if (!result.ok) throw new Error(`${String(method)}: ${result.error.messageEn}`);
      return result.value;
    };
    await call('auth.status', {});

    const rows: Array<Record<string, string | number>> = [];
    const add = (what: string, times: number[], note = '') =>
      rows.push({ what, n: times.length, median: fmt(percentile(times, 50)), p95: fmt(percentile(times, 95)), note });
    const svc = core.requests;
    add(
      'request.list, whole register (list cap 5000 rows), deadlines computed',
      await samples(7, () => svc.requests.list({ search: '', status: null, dueWithin: null, year: null })),
    );
    add(
      'request.list --due-within 3 (open rows only)',
      await samples(7, () => svc.requests.list({ search: '', status: null, dueWithin: 3, year: null })),
    );
    add('request.list over HTTP-free dispatch, year 2026', await samples(5, () => call('request.list', { year: 2026 })));
    add('request.get (detail of one request)', await samples(20, (i) => svc.requests.detail(1 + ((i * 499) % REQUESTS))));
    add('annual report figures (request.report 2026)', await samples(7, () => svc.reports.report(2026)));
    add('annual report PDF A4', await samples(3, () => svc.reports.file(2026, 'pdf', 'a4')));
    add('annual report XLSX', await samples(3, () => svc.reports.file(2026, 'xlsx', 'a4')));
    let pages = 0;
    const bookPdf = await samples(3, async () => {
      const file = (await call('request.registerFile', { year: 2026, book: 'permohonan', format: 'pdf', paper: 'a4' })) as {
        fileId: string;
      };
      const stored = core.exportFiles.get(file.fileId);
      if (stored) pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [stored.path], { encoding: 'utf8' }))?.[1] ?? 0);
    });
    add('Buku Register Permohonan PDF A4 landscape (10,000 rows)', bookPdf, `${String(pages)} pages`);
    add(
      'Buku Register Permohonan XLSX (10,000 rows)',
      await samples(3, () => call('request.registerFile', { year: 2026, book: 'permohonan', format: 'xlsx' })),
    );
    add(
      'Buku Register Keberatan PDF F4 landscape',
      await samples(3, () => call('request.registerFile', { year: 2026, book: 'keberatan', format: 'pdf', paper: 'f4' })),
    );

    const before = (core.db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'request.deadlineMoved'").get() as { n: number })
      .n;
    const moves = await samples(1, () =>
      call('holiday.save', { holiday: { date: '2026-12-21', name: 'Libur uji', kind: 'cuti_bersama' } }),
    );
    const moved =
      (core.db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'request.deadlineMoved'").get() as { n: number }).n - before;
    add('holiday.save moving open deadlines (one transaction, audited)', moves, `${String(moved)} deadlines moved`);
    const removes = await samples(1, () => call('holiday.remove', { date: '2026-12-21' }));
    add('holiday.remove moving them back', removes);
    table(rows);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
