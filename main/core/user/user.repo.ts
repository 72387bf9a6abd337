import type { RoleRules } from '../../../shared/domain/approval';
import { defaultRoleRules } from '../../../shared/domain/approval';
import type { Role, User, UserFields } from '../../../shared/domain/user';
import type { Db } from '../db/connection';

interface UserRow {
  id: number;
  name: string;
  nip: string;
  jabatan: string;
  roles_json: string;
  active: number;
  version: number;
  updated_at: string;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    nip: row.nip,
    jabatan: row.jabatan,
    roles: JSON.parse(row.roles_json) as Role[],
    active: row.active === 1,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** SQL for local user profiles and the role rules of the exemption workflow. */
export function createUserRepo(db: Db) {
  const byId = db.prepare<[number], UserRow>('SELECT * FROM user_profiles WHERE id = ?');
  const byName = db.prepare<[string], UserRow>('SELECT * FROM user_profiles WHERE name = ? COLLATE NOCASE');
  const listAll = db.prepare<[], UserRow>('SELECT * FROM user_profiles ORDER BY active DESC, name COLLATE NOCASE');
  const insert = db.prepare<[string, string, string, string, number, string, string]>(
    'INSERT INTO user_profiles (name, nip, jabatan, roles_json, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string, string, string, number, string, number, number]>(
    `UPDATE user_profiles SET name = ?, nip = ?, jabatan = ?, roles_json = ?, active = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ?`,
  );
  // The PPID role is one value of roles_json; json_each reads it without a second table.
  const otherActivePpids = db.prepare<[number], { n: number }>(
    `SELECT COUNT(*) AS n FROM user_profiles
     WHERE active = 1 AND id <> ? AND EXISTS (SELECT 1 FROM json_each(roles_json) WHERE value = 'ppid')`,
  );
  const rules = db.prepare<[], { act: string; roles_json: string }>('SELECT act, roles_json FROM role_rules');
  const setRule = db.prepare<[string, string]>(
    'INSERT INTO role_rules (act, roles_json) VALUES (?, ?) ON CONFLICT (act) DO UPDATE SET roles_json = excluded.roles_json',
  );

  return {
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toUser(row) : null;
    },
    findByName: (name: string) => {
      const row = byName.get(name);
      return row ? toUser(row) : null;
    },
    list: (includeInactive: boolean) =>
      listAll
        .all()
        .map(toUser)
        .filter((user) => includeInactive || user.active),
    insert: (fields: UserFields, at: string) =>
      Number(
        insert.run(fields.name, fields.nip, fields.jabatan, JSON.stringify(fields.roles), fields.active ? 1 : 0, at, at).lastInsertRowid,
      ),
    update: (id: number, fields: UserFields, expectedVersion: number, at: string) =>
      update.run(fields.name, fields.nip, fields.jabatan, JSON.stringify(fields.roles), fields.active ? 1 : 0, at, id, expectedVersion)
        .changes === 1,
    otherActivePpids: (id: number) => otherActivePpids.get(id)?.n ?? 0,
    rules: (): RoleRules => {
      const stored = new Map(rules.all().map((row) => [row.act, JSON.parse(row.roles_json) as Role[]]));
      // An act added in a later version falls back to its default until someone edits it.
      return Object.fromEntries(Object.entries(defaultRoleRules).map(([act, roles]) => [act, stored.get(act) ?? roles])) as RoleRules;
    },
    setRule: (act: string, roles: Role[]) => setRule.run(act, JSON.stringify(roles)),
  };
}
