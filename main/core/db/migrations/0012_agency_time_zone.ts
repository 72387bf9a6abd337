import type { Migration } from '../migration';

/**
 * The body's time zone (issue 12 item 9): "today" and every due date are counted in WIB, WITA or WIT.
 * NULL means "read it from the profile's place" (shared/domain/timeZone.ts), so existing archives
 * keep working and a Bulukumba or Pinrang profile counts in WITA without anyone setting it.
 */
export const m0012AgencyTimeZone: Migration = {
  version: 12,
  name: 'agency_time_zone',
  up(db) {
    db.exec(`ALTER TABLE agency_profile ADD COLUMN time_zone TEXT CHECK (time_zone IS NULL OR time_zone IN ('WIB', 'WITA', 'WIT'))`);
  },
};
