import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/domain/user';
import type { LetterKind } from '../../../shared/domain/request';
import { exemptedSalary, requestDesk, walkIn } from '../../../test/support/requestFixtures';

/**
 * Who issues which letter, enforced in main (issue 14): the desk the tanda bukti, the PPID the
 * pemberitahuan tertulis, perpanjangan and Keputusan Penolakan, the Atasan PPID the tanggapan atas keberatan.
 * Each person calls `request.letter` directly, as a crafted client would; the screen's buttons play no part.
 */
async function deskWithStaff() {
  const desk = requestDesk('2026-12-01T05:00:00Z');
  const salary = await exemptedSalary(desk.call);
  const r = await desk.call('request.create', { fields: walkIn('2026-12-01T02:00:00Z') });
  const extended = await desk.call('request.extend', { id: r.id, expectedVersion: r.version, reason: 'Informasi di tiga bidang' });
  await desk.call('request.decide', {
    id: r.id,
    expectedVersion: extended.version,
    decision: { status: 'ditolak', exemptEntryIds: [salary.entryId], note: '' },
  });
  const objected = await desk.call('request.object', { id: r.id, fields: { filedOn: '2026-12-01', reasons: ['a'], description: '' } });
  const o = objected.objections[0];
  if (!o) throw new Error('no objection');
  await desk.call('request.answerObjection', {
    objectionId: o.id,
    expectedVersion: o.version,
    response: { number: '045/SETDA/XII/2026', date: '2026-12-01', outcome: 'ditolak', text: 'Penolakan dikuatkan.' },
  });
  const person = async (name: string, roles: Role[]) =>
    desk.call('user.create', { fields: { name, nip: '', jabatan: name, roles, active: true } });
  const staff = {
    petugas: await person('Desi Petugas', ['petugas']),
    ppid: await person('Putu PPID', ['ppid']),
    atasan: await person('Yohanes Atasan', ['atasan_ppid']),
  };
  return { desk, requestId: r.id, objectionId: o.id, staff };
}

const letter = (requestId: number, kind: LetterKind, objectionId: number | null) => ({
  id: requestId,
  kind,
  paper: 'a4' as const,
  number: `${kind}/001`,
  date: '2026-12-01',
  objectionId: kind === 'tanggapan_keberatan' ? objectionId : null,
});

const who: Record<'petugas' | 'ppid' | 'atasan', LetterKind[]> = {
  petugas: ['tanda_bukti'],
  ppid: ['tanda_bukti', 'pemberitahuan', 'perpanjangan', 'penolakan'],
  atasan: ['tanggapan_keberatan'],
};
const kinds: LetterKind[] = ['tanda_bukti', 'pemberitahuan', 'perpanjangan', 'penolakan', 'tanggapan_keberatan'];

describe('each letter kind has its issuer, checked in main', () => {
  it.each(['petugas', 'ppid', 'atasan'] as const)(
    '%s issues exactly its own letters; the rest are refused and leave no trace',
    async (role) => {
      const { desk, requestId, objectionId, staff } = await deskWithStaff();
      await desk.signInAs(staff[role]);
      for (const kind of kinds) {
        const before = (await desk.call('request.get', { id: requestId })).letters.length;
        const events = (await desk.call('audit.list', { limit: 1000 })).length;
        if (who[role].includes(kind)) {
          const file = await desk.call('request.letter', letter(requestId, kind, objectionId));
          expect(file.contentType).toBe('application/pdf');
          const after = await desk.call('request.get', { id: requestId });
          expect(after.letters.map((l) => l.kind)).toContain(kind);
          const audit = await desk.call('audit.list', { limit: 5 });
          expect(audit.find((e) => e.action === 'request.letter')?.actor).toBe(staff[role].name);
        } else {
          const error = await desk.refuse('request.letter', letter(requestId, kind, objectionId));
          expect(error.code).toBe('forbidden');
          expect(error.messageEn).toContain(staff[role].name);
          expect((await desk.call('request.get', { id: requestId })).letters.length).toBe(before);
          expect((await desk.call('audit.list', { limit: 1000 })).length).toBe(events);
        }
      }
    },
  );

  it('follows the body’s role rules: once the petugas may decide requests, the petugas signs the pemberitahuan', async () => {
    const { desk, requestId, objectionId, staff } = await deskWithStaff();
    await desk.signInAs(staff.petugas);
    expect((await desk.refuse('request.letter', letter(requestId, 'pemberitahuan', objectionId))).code).toBe('forbidden');
    await desk.signInAs(staff.ppid);
    await desk.call('user.setRule', { act: 'decideRequest', roles: ['ppid', 'petugas'] });
    await desk.signInAs(staff.petugas);
    expect((await desk.call('request.letter', letter(requestId, 'pemberitahuan', objectionId))).contentType).toBe('application/pdf');
  });

  it('refuses anyone not signed in', async () => {
    const { desk, requestId, objectionId } = await deskWithStaff();
    await desk.signInAs(null);
    const error = await desk.refuse('request.letter', letter(requestId, 'tanda_bukti', objectionId));
    expect(error.code).toBe('signed_out');
  });
});
