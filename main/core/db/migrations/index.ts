import type { Migration } from '../migration';
import { m0001Init } from './0001_init';
import { m0002Register } from './0002_register';
import { m0003Vault } from './0003_vault';
import { m0004Exemption } from './0004_exemption';
import { m0005Publish } from './0005_publish';
import { m0006RegisterIndexes } from './0006_register_indexes';
import { m0007AuditRows } from './0007_audit_rows';
import { m0008Credentials } from './0008_credentials';
import { m0009Pasal17Labels } from './0009_pasal17_labels';
import { m0010Request } from './0010_request';
import { m0011Links } from './0011_links';
import { m0012AgencyTimeZone } from './0012_agency_time_zone';
import { m0013DikImport } from './0013_dik_import';
import { m0014ApprovalChain } from './0014_approval_chain';

/** Every migration in order. Append only; a test checks versions run 1..n without gaps. */
export const migrations: readonly Migration[] = [
  m0001Init,
  m0002Register,
  m0003Vault,
  m0004Exemption,
  m0005Publish,
  m0006RegisterIndexes,
  m0007AuditRows,
  m0008Credentials,
  m0009Pasal17Labels,
  m0010Request,
  m0011Links,
  m0012AgencyTimeZone,
  m0013DikImport,
  m0014ApprovalChain,
];
