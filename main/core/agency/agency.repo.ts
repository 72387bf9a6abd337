import type { AgencyFields, AgencyProfile } from '../../../shared/domain/agency';
import type { TimeZone } from '../../../shared/domain/timeZone';
import type { Db } from '../db/connection';

interface AgencyRow {
  body_name: string;
  unit_name: string;
  address: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  logo: string | null;
  ppid_name: string;
  ppid_nip: string;
  superior_name: string;
  superior_position: string;
  superior_nip: string;
  time_zone: TimeZone | null;
  version: number;
  updated_at: string | null;
}

function toProfile(row: AgencyRow): AgencyProfile {
  return {
    bodyName: row.body_name,
    unitName: row.unit_name,
    address: row.address,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    logo: row.logo,
    ppidName: row.ppid_name,
    ppidNip: row.ppid_nip,
    superiorName: row.superior_name,
    superiorPosition: row.superior_position,
    superiorNip: row.superior_nip,
    timeZone: row.time_zone,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** SQL for the single-row agency_profile table. */
export function createAgencyRepo(db: Db) {
  const select = db.prepare<[], AgencyRow>('SELECT * FROM agency_profile WHERE id = 1');
  const update = db.prepare(
    `UPDATE agency_profile SET
       body_name = @bodyName, unit_name = @unitName, address = @address, city = @city,
       phone = @phone, email = @email, website = @website, logo = @logo,
       ppid_name = @ppidName, ppid_nip = @ppidNip, superior_name = @superiorName,
       superior_position = @superiorPosition, superior_nip = @superiorNip, time_zone = @timeZone,
       version = version + 1, updated_at = @updatedAt
     WHERE id = 1 AND version = @expectedVersion`,
  );
  return {
    get(): AgencyProfile {
      const row = select.get();
      if (!row) throw new Error('agency_profile row missing: migration 1 seeds it');
      return toProfile(row);
    },
    /** Returns false when the stored version moved on (another window saved first). */
    update(fields: AgencyFields, expectedVersion: number, updatedAt: string): boolean {
      return update.run({ ...fields, expectedVersion, updatedAt }).changes === 1;
    },
  };
}
