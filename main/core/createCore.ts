import { agencyZone } from '../../shared/domain/timeZone';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/api/handlers';
import type { Entry } from '../../shared/domain/entry';
import { agencyHandlers } from './agency/agency.handlers';
import { authHandlers } from './auth/auth.handlers';
import { createAuthService, type AuthService } from './auth/auth.service';
import { guardDikEntries } from './auth/dikEntryGuard';
import type { ScryptParams } from './auth/secret';
import { createAgencyService } from './agency/agency.service';
import { appHandlers } from './app/app.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { APP_VERSION } from './app/version';
import { backupHandlers } from './backup/backup.handlers';
import { createBackupService, type BackupService } from './backup/backup.service';
import { createAuditService } from './audit/audit.service';
import { openDatabase, type Db } from './db/connection';
import { migrate, type MigrateReport } from './db/migrate';
import { systemClock, type Clock } from './support/clock';
import { settingsHandlers } from './settings/settings.handlers';
import { createSettingsService } from './settings/settings.service';
import { createEventBus, type EventBus } from './support/events';
import type { ServiceDeps } from './support/deps';
import { createUploadService, type UploadService } from './upload/upload.service';
import { archiveLocationRisk, sweepLeftovers, type StartupNotices } from './support/leftovers';
import { startupHandlers } from './app/startup.handlers';
import { unassignedHandlers } from './inbox/unassigned.handlers';
import { createUnassignedScans } from './inbox/unassigned.service';
import { unitHandlers } from './unit/unit.handlers';
import { folderHandlers } from './folder/folder.handlers';
import { createUnitService } from './unit/unit.service';
import { entryHandlers } from './register/entry.handlers';
import { createEntryWriter } from './register/entry.writer';
import { createEntryService } from './register/entry.service';
import { exemptionEditGuard } from './exemption/editGuard';
import { createExemptionDomain } from './exemption/exemption.module';
import { importHandlers } from './import/import.handlers';
import { createImportService } from './import/import.service';
import { documentHandlers } from './document/document.handlers';
import { createDocumentService, type DocumentService } from './document/document.service';
import { createInboxService, type InboxService } from './inbox/inbox.service';
import { ordnerHandlers } from './ordner/ordner.handlers';
import { createOrdnerService } from './ordner/ordner.service';
import { vaultHandlers } from './vault/vault.handlers';
import { createVaultService, type VaultService } from './vault/vault.service';
import { createExportFiles, type ExportFiles } from './export/exportFiles';
import { createExportService, type ExportService } from './export/export.service';
import { createExportSource } from './export/exportSource';
import { createEditionService } from './publish/edition.service';
import { publishHandlers } from './publish/publish.handlers';
import { createPublicCopies } from './publish/publicCopies';
import { createPublishService, type PublishService } from './publish/publish.service';
import { createRequestDomain, type RequestDomain } from './request/request.module';

export interface CoreOptions {
  archiveDir: string;
  clock?: Clock;
  /** better-sqlite3 build for Electron's ABI; Node uses the default. */
  nativeBinding?: string;
  /** Scanner-inbox polling and the scheduled vault check; off for one-shot CLI commands. */
  background?: boolean;
  /** Cheaper scrypt for tests that sign in many times; production keeps the default cost. */
  scrypt?: ScryptParams;
}

export interface Core {
  archiveDir: string;
  handlers: Handlers;
  events: EventBus;
  db: Db;
  migration: MigrateReport;
  /** Files staged on their way in (imports, scans); transports feed it. */
  uploads: UploadService;
  /** Scans by hash: `vault.open(sha256)` serves `/vault/<sha256>` and `vault://`; `vault.verify` is Periksa Keutuhan. */
  vault: VaultService;
  /** Documents; `documents.publication(id)` says which files an export may use. */
  documents: DocumentService;
  inbox: InboxService;
  /** Backups on demand, on a schedule and on quit: call `backupOnQuit(core, actor)` (backup/onQuit.ts) before close(). */
  backup: BackupService;
  /** Lists as files: `exports.printPdf(request)` gives the PDF bytes for Electron's print preview. */
  exports: ExportService;
  /** Website packages: `publish.toFolder(editionId, dir)` for a save dialog. */
  publish: PublishService;
  /** Generated files by id: the `/download/<id>` route serves them. */
  exportFiles: ExportFiles;
  /** Leftovers removed at start and the archive folder's risk (removable, network, synced), for the CLI and Beranda. */
  startup: StartupNotices;
  /** Sign-in and sessions; dispatch resolves each call's person with it (`createDispatch(core)`). */
  auth: AuthService;
  gate: AuthService;
  /** The request register, its letters and the annual report (CLI `lemari report`). */
  requests: RequestDomain;
  close(): void;
}

export const DB_FILE = 'lemari.sqlite';

/** The entry if it exists; the handler itself answers not_found for a missing one. */
function findEntry(entries: { get(id: number): Entry }, id: number): Entry | null {
  try {
    return entries.get(id);
  } catch {
    return null;
  }
}

/** The composition root: opens and migrates the archive, then wires every domain service. */
export function createCore(options: CoreOptions): Core {
  const archiveDir = options.archiveDir;
  const clock = options.clock ?? systemClock;
  mkdirSync(archiveDir, { recursive: true });
  const db = openDatabase(join(archiveDir, DB_FILE), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});

  try {
    return wireCore(db, archiveDir, clock, options);
  } catch (error) {
    // Whatever failed after opening (a migration, a damaged schema), the exclusive lock must be released.
    db.close();
    throw error;
  }
}

/** Migrates, then builds every service on the open database; background jobs start only once all is built. */
function wireCore(db: Db, archiveDir: string, clock: Clock, options: CoreOptions): Core {
  const migration = migrate(db, {
    clock,
    backupPath: (from) => {
      const dir = join(archiveDir, 'backups', 'pre-migrate');
      mkdirSync(dir, { recursive: true });
      return join(dir, `${DB_FILE}.v${String(from)}-${clock().toISOString().replace(/[:.]/g, '-')}`);
    },
  });

  const events = createEventBus();
  const audit = createAuditService(db, clock, { archiveDir });
  const deps: ServiceDeps = { db, audit, events, clock, archiveDir };
  const agency = createAgencyService(deps);
  const units = createUnitService(deps);
  const settings = createSettingsService(deps);
  // Copies left by a crash (temp restores, staged restores, partial backups, staged uploads): removed and reported.
  const startup: StartupNotices = {
    // Real time, not the archive's clock (LEMARI_CLOCK): file times on disk are real.
    leftovers: sweepLeftovers(archiveDir, settings.get().backupDir ?? join(archiveDir, 'backups')),
    locationRisk: archiveLocationRisk(archiveDir),
  };
  const auth = createAuthService(deps, {
    idleMinutes: () => settings.get().sessionIdleMinutes,
    ...(options.scrypt ? { scrypt: options.scrypt } : {}),
  });
  const uploads = createUploadService(archiveDir, clock);
  uploads.sweep();
  // The one writer of register rows: no edit, import or workflow act may exempt, open or rewrite a decided DIK row around its guard.
  const writer = createEntryWriter(deps, exemptionEditGuard(db));
  const entries = createEntryService(deps, writer);
  const vault = createVaultService(deps);
  const documents = createDocumentService(deps, vault, agency);
  const ordners = createOrdnerService(deps);
  const inbox = createInboxService(deps, vault, documents);
  const backup = createBackupService({ ...deps, settings, appVersion: APP_VERSION });

  const exportSource = createExportSource(db);
  const exportFiles = createExportFiles(archiveDir, clock);
  exportFiles.sweep();
  const exemption = createExemptionDomain(deps, { agency, vault, uploads, entries, writer, files: exportFiles });
  const imports = createImportService(deps, uploads, writer, { exemptions: exemption.exemptions, decisions: exemption.decisions });
  const publicCopies = createPublicCopies(db, archiveDir);
  const editions = createEditionService({ ...deps, source: exportSource, uploads, publicCopies });
  const exports = createExportService({ ...deps, source: exportSource, editions, files: exportFiles });
  const publish = createPublishService({ ...deps, editions, publicCopies, files: exportFiles });
  const requests = createRequestDomain(deps, agency, exemption.exemptions, exportFiles, {
    users: exemption.users,
    calendar: exemption.reference,
  });
  const handlers = {
    ...appHandlers({
      db,
      archiveDir,
      audit,
      counts: () => ({ units: units.count(), entries: entries.count() }),
      today: () => exemption.exemptions.today(),
      timeZone: () => agencyZone(agency.get()),
    }),
    ...settingsHandlers(settings),
    ...folderHandlers(),
    ...agencyHandlers(agency),
    ...unitHandlers(units),
    ...guardDikEntries(entryHandlers(entries), { get: (id) => findEntry(entries, id), mayAct: auth.mayAct }),
    ...authHandlers(auth),
    ...importHandlers(imports),
    ...auditHandlers(audit),
    ...vaultHandlers(vault),
    ...documentHandlers(documents, inbox, uploads),
    ...ordnerHandlers(ordners, documents, agency, clock, exportFiles),
    ...backupHandlers(backup, archiveDir),
    ...exemption.handlers,
    ...publishHandlers(exports, editions, publish, audit),
    ...requests.handlers,
    ...startupHandlers(startup),
    ...unassignedHandlers(createUnassignedScans(deps, vault)),
  } satisfies Handlers;

  if (options.background !== false) {
    inbox.start();
    vault.startSchedule();
    backup.startSchedule('lemari');
  }

  let closed = false;
  return {
    archiveDir,
    handlers,
    events,
    db,
    migration,
    uploads,
    vault,
    documents,
    inbox,
    backup,
    exports,
    publish,
    exportFiles,
    startup,
    auth,
    gate: auth,
    requests,
    close() {
      if (closed) return;
      closed = true;
      inbox.close();
      vault.close();
      backup.stopSchedule();
      audit.writeAnchor();
      // Fold the WAL back into the main file so a copied archive folder is whole after a clean quit.
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A full or read-only disk refuses the checkpoint; the WAL still holds every commit and is replayed at
        // the next open. The connection must close regardless, or the file stays locked (RELIABILITY #5).
      }
      db.close();
    },
  };
}
