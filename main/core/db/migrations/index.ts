import type { Migration } from '../migration';
import { m0001Init } from './0001_init';
import { m0002Register } from './0002_register';
import { m0003Vault } from './0003_vault';
import { m0004Exemption } from './0004_exemption';
import { m0005Publish } from './0005_publish';
import { m0006RegisterIndexes } from './0006_register_indexes';
import { m0013AgencyTimeZone } from './0013_agency_time_zone';

/** Every migration in order. Append only; a test checks versions run 1..n without gaps. */
export const migrations: readonly Migration[] = [
  m0001Init,
  m0002Register,
  m0003Vault,
  m0004Exemption,
  m0005Publish,
  m0006RegisterIndexes,
  m0013AgencyTimeZone,
];
