import type { AgencyFields } from './agency';
import type { Role, User, UserFields } from './user';

export type ProfilePeople = Pick<AgencyFields, 'ppidName' | 'ppidNip' | 'superiorName' | 'superiorPosition' | 'superiorNip'>;

/** A person the agency profile names (its PPID, its Atasan PPID) who is not yet a user, ready to add. */
export interface OfferedPerson {
  fields: UserFields;
  role: Role;
}

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
const digits = (nip: string) => nip.replace(/\s+/g, '');

function known(users: readonly Pick<User, 'name' | 'nip'>[], name: string, nip: string): boolean {
  return users.some((user) => sameName(user.name, name) || (digits(nip) !== '' && digits(user.nip) === digits(nip)));
}

/**
 * The profile already names the PPID and the Atasan PPID for the signature blocks; offering them
 * as people saves retyping them (and spelling them twice differently). Someone already a user, by
 * name or NIP, is not offered again; one person named in both places is offered once with both roles.
 */
export function offeredPeople(profile: ProfilePeople, users: readonly Pick<User, 'name' | 'nip'>[]): OfferedPerson[] {
  const named: OfferedPerson[] = [];
  const add = (name: string, nip: string, jabatan: string, role: Role) => {
    if (name.trim() === '' || known(users, name, nip)) return;
    const same = named.find((p) => sameName(p.fields.name, name));
    if (same) {
      same.fields.roles.push(role);
      return;
    }
    named.push({ role, fields: { name: name.trim(), nip: nip.trim(), jabatan: jabatan.trim(), roles: [role], active: true } });
  };
  add(profile.ppidName, profile.ppidNip, 'PPID', 'ppid');
  add(profile.superiorName, profile.superiorNip, profile.superiorPosition, 'atasan_ppid');
  return named;
}
