import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../shared/domain/entry';
import { dispatchCore } from '../../../test/support/dispatchCore';
import { signInAs, TEST_PIN } from '../../../test/support/signIn';

/**
 * Issue 12 item 9: people are edited and deactivated by a user manager only; a deactivated person
 * cannot sign in, keeps their name in history and in the audit trail; the last active PPID stays.
 */
const setup = () => dispatchCore('2026-03-02T02:00:00Z');

async function office() {
  const s = setup();
  const rina = await s.firstPpid({ name: 'Rina Marlina' });
  const budi = await s.call('user.create', {
    fields: { name: 'Budi Santoso', nip: '', jabatan: 'Pengelola', roles: ['petugas'], active: true },
  });
  return { s, rina, budi };
}

describe('editing and deactivating people', () => {
  it('a user manager edits name, NIP, jabatan and roles, audited with before and after', async () => {
    const { s, budi } = await office();
    const edited = await s.call('user.update', {
      id: budi.id,
      fields: {
        name: 'Budi Santoso, S.Sos',
        nip: '19850303 201001 1 003',
        jabatan: 'Pranata Humas',
        roles: ['petugas', 'tim_pertimbangan'],
        active: true,
      },
      expectedVersion: budi.version,
    });
    expect(edited).toMatchObject({ name: 'Budi Santoso, S.Sos', jabatan: 'Pranata Humas', roles: ['petugas', 'tim_pertimbangan'] });
    const [event] = await s.call('audit.list', { entityType: 'user', entityId: String(budi.id), limit: 1 });
    expect(event).toMatchObject({ action: 'user.update', actor: 'Rina Marlina' });
    expect(event?.before).toMatchObject({ name: 'Budi Santoso' });
    expect(event?.after).toMatchObject({ name: 'Budi Santoso, S.Sos' });
  });

  it('a deactivated person cannot sign in, drops out of the sign-in list, and stays in the list and the audit trail', async () => {
    const { s, rina, budi } = await office();
    await s.signInAs(budi);
    await s.call('entry.create', { fields: { ...emptyEntryFields('berkala', 2026), judul: 'Profil PPID' } });
    const budiNow = (await s.call('user.list', { includeInactive: true })).find((u) => u.id === budi.id);
    await s.signInAs(rina);
    const off = await s.call('user.setActive', { id: budi.id, active: false, expectedVersion: budiNow?.version ?? 0 });
    expect(off.active).toBe(false);

    const signIn = await s.dispatch('auth.signIn', { userId: budi.id, secret: TEST_PIN }, { actor: 'laptop', channel: 'budi-tab' });
    expect(signIn.ok).toBe(false);
    const status = await s.call('auth.status', {});
    expect(status.people.map((p) => p.name)).toEqual(['Rina Marlina']);

    expect((await s.call('user.list', { includeInactive: true })).map((u) => [u.name, u.active])).toContainEqual(['Budi Santoso', false]);
    const trail = await s.call('audit.list', { limit: 50 });
    expect(trail.find((e) => e.action === 'entry.create')?.actor).toBe('Budi Santoso');
    expect(trail[0]).toMatchObject({ action: 'user.deactivate', actor: 'Rina Marlina', after: { name: 'Budi Santoso', active: false } });

    const back = await s.call('user.setActive', { id: budi.id, active: true, expectedVersion: off.version });
    expect(back.active).toBe(true);
    await expect(signInAs(s.dispatch, budi.id, TEST_PIN, 'budi-tab')).resolves.toMatchObject({ channel: 'budi-tab' });
  });

  it('deactivating ends the open sessions of that person at their next call', async () => {
    const { s, rina, budi } = await office();
    await s.signInAs(budi);
    const budiTab = s.context();
    await s.signInAs(rina);
    await s.call('user.setActive', { id: budi.id, active: false, expectedVersion: budi.version });
    const after = await s.dispatch('entry.list', {}, budiTab);
    expect(after.ok ? 'accepted' : after.error.code).toBe('signed_out');
  });

  it('the last active PPID can be neither deactivated nor stripped of the role; with a second PPID it can', async () => {
    const { s, rina } = await office();
    const refusedOff = await s.refuse('user.setActive', { id: rina.id, active: false, expectedVersion: rina.version });
    expect(refusedOff).toMatchObject({ code: 'conflict' });
    expect(refusedOff.message).toContain('satu-satunya PPID');
    expect(refusedOff.messageEn).toContain('only active PPID');
    const refusedRole = await s.refuse('user.update', {
      id: rina.id,
      fields: { name: 'Rina Marlina', nip: '', jabatan: 'PPID', roles: ['petugas'], active: true },
      expectedVersion: rina.version,
    });
    expect(refusedRole).toMatchObject({ code: 'conflict', field: 'fields.roles' });
    const viaUpdate = await s.refuse('user.update', {
      id: rina.id,
      fields: { name: 'Rina Marlina', nip: '', jabatan: 'PPID', roles: ['ppid'], active: false },
      expectedVersion: rina.version,
    });
    expect(viaUpdate.code).toBe('conflict');
    expect((await s.call('user.list', {})).find((u) => u.id === rina.id)?.active).toBe(true);

    // An inactive PPID does not count: the one left must be active.
    const ani = await s.call('user.create', { fields: { name: 'Ani', nip: '', jabatan: 'PPID', roles: ['ppid'], active: false } });
    expect((await s.refuse('user.setActive', { id: rina.id, active: false, expectedVersion: rina.version })).code).toBe('conflict');
    await s.call('user.setActive', { id: ani.id, active: true, expectedVersion: ani.version });
    await s.signInAs(ani);
    const rinaOff = await s.call('user.setActive', { id: rina.id, active: false, expectedVersion: rina.version });
    expect(rinaOff.active).toBe(false);
  });
});

describe('attacks on editing and deactivating people', () => {
  it('a person without the manage-users right edits nobody and deactivates nobody, and nothing changes', async () => {
    const { s, rina, budi } = await office();
    await s.signInAs(budi);
    const edit = await s.refuse('user.update', {
      id: rina.id,
      fields: { name: 'Rina', nip: '', jabatan: 'PPID', roles: ['petugas'], active: true },
      expectedVersion: rina.version,
    });
    expect(edit.code).toBe('forbidden');
    expect((await s.refuse('user.setActive', { id: rina.id, active: false, expectedVersion: rina.version })).code).toBe('forbidden');
    // Not even themself: a petugas cannot grant themself the PPID role.
    const self = await s.refuse('user.update', {
      id: budi.id,
      fields: { name: 'Budi Santoso', nip: '', jabatan: 'Pengelola', roles: ['ppid'], active: true },
      expectedVersion: budi.version,
    });
    expect(self.code).toBe('forbidden');
    const people = await s.call('user.list', { includeInactive: true });
    expect(people.map((u) => [u.name, u.active, u.roles])).toEqual([
      ['Budi Santoso', true, ['petugas']],
      ['Rina Marlina', true, ['ppid']],
    ]);
    expect((await s.call('audit.list', { entityType: 'user', limit: 100 })).some((e) => e.action === 'user.deactivate')).toBe(false);
  });

  it('nobody signed in cannot deactivate, and a stale version is refused', async () => {
    const { s, rina, budi } = await office();
    const anonymous = await s.dispatch(
      'user.setActive',
      { id: budi.id, active: false, expectedVersion: budi.version },
      { actor: 'root', channel: 'x' },
    );
    expect(anonymous.ok ? 'accepted' : anonymous.error.code).toBe('signed_out');
    await s.signInAs(rina);
    const moved = await s.call('user.update', {
      id: budi.id,
      fields: { name: budi.name, nip: '', jabatan: 'Arsiparis', roles: budi.roles, active: true },
      expectedVersion: budi.version,
    });
    expect(moved.version).toBe(budi.version + 1);
    expect((await s.refuse('user.setActive', { id: budi.id, active: false, expectedVersion: budi.version })).code).toBe('conflict');
  });
});
