import { lemariError } from '../../../shared/api/raise';
import type { EntryFields } from '../../../shared/domain/entry';
import type { Decision, DecisionFields, DeclassifyInput, DeclassifyResult } from '../../../shared/domain/exemption';
import type { ConsequenceService } from '../consequence/consequence.service';
import type { ExemptionService } from '../exemption/exemption.service';
import { pickFields } from '../register/entryFields';
import type { EntryWriter } from '../register/entry.writer';
import type { ServiceDeps } from '../support/deps';
import type { Acting, UserService } from '../user/user.service';
import type { VaultService } from '../vault/vault.service';
import { createDecisionRepo } from './decision.repo';

export interface DecisionParts {
  users: UserService;
  exemptions: Pick<ExemptionService, 'fixByDecision' | 'openable' | 'markOpened'>;
  tests: Pick<ConsequenceService, 'isConcluded'>;
  /** Declassification creates the DIP entry: through the register's one writer. */
  writer: EntryWriter;
  vault: Pick<VaultService, 'ingest'>;
}

/**
 * Decisions (SK): the penetapan that fixes approved exemptions, and the opening decision that
 * declassifies one. Declassification is a single transaction: decision, new DIP entry, link, state,
 * audit events; it is the only way an exempted entry ever becomes public.
 */
export function createDecisionService(deps: ServiceDeps, { users, exemptions, tests, writer, vault }: DecisionParts) {
  const { db, audit, events, clock } = deps;
  const repo = createDecisionRepo(db);

  function mustGet(id: number): Decision {
    const decision = repo.get(id);
    if (!decision) throw lemariError('not_found');
    return decision;
  }

  function insertDecision(purpose: Decision['purpose'], fields: Omit<DecisionFields, 'entryIds'>, actor: string): number {
    const id = repo.insert(purpose, fields, clock().toISOString(), actor);
    for (const testId of new Set(fields.testIds)) repo.linkTest(id, testId);
    return id;
  }

  /** The SK fixing approved exemptions; an SK-anchored duration now has its start and so its end date. Runs inside a transaction. */
  function insertPenetapan(fields: DecisionFields, acting: Acting): Decision {
    const id = insertDecision('penetapan', fields, acting.actor);
    for (const entryId of new Set(fields.entryIds)) {
      exemptions.fixByDecision(entryId, { id, date: fields.date, number: fields.number }, acting);
      repo.link(id, entryId);
    }
    const created = mustGet(id);
    audit.record({
      actor: acting.actor,
      action: 'decision.create',
      entityType: 'decision',
      entityId: id,
      before: null,
      after: created,
      rows: [{ table: 'decisions', id }],
    });
    return created;
  }

  function checkTest(fields: DecisionFields): void {
    for (const testId of fields.testIds)
      if (!tests.isConcluded(testId))
        throw lemariError('invalid_input', { key: 'exemption.err.testNotConcluded', field: 'fields.testIds' });
  }

  function create(fields: DecisionFields, transportActor: string): Decision {
    const acting = users.requireAct('decide', transportActor);
    checkTest(fields);
    const decision = db.transaction(() => insertPenetapan(fields, acting)).immediate();
    events.emit('exemption.changed', { entryId: null });
    return decision;
  }

  /**
   * The SK with its signed scan: roles are checked before anything is stored, then the vault writes
   * the file and records the decision in the same transaction as the blob, so a refused SK leaves no
   * link and a refused file (wrong type, too large) leaves no SK.
   */
  async function createWithScan(fields: DecisionFields, scan: { path: string; name: string }, transportActor: string): Promise<Decision> {
    const acting = users.requireAct('decide', transportActor);
    checkTest(fields);
    const done: { decision?: Decision } = {};
    await vault.ingest(scan.path, scan.name, acting.actor, (blob) => {
      done.decision = insertPenetapan({ ...fields, scanSha256: blob.sha256 }, acting);
    });
    if (!done.decision) throw new Error('the vault committed without recording the decision');
    events.emit('exemption.changed', { entryId: null });
    return done.decision;
  }

  /** Attaches or replaces the signed scan of a recorded decision; the old hash stays in the audit trail. */
  async function attachScan(id: number, scan: { path: string; name: string }, transportActor: string): Promise<Decision> {
    const acting = users.requireAct('decide', transportActor);
    mustGet(id);
    const done: { decision?: Decision } = {};
    await vault.ingest(scan.path, scan.name, acting.actor, (blob) => {
      const before = mustGet(id);
      repo.setScan(id, blob.sha256);
      const after = mustGet(id);
      audit.record({
        actor: acting.actor,
        action: 'decision.attachScan',
        entityType: 'decision',
        entityId: id,
        before,
        after,
        rows: [{ table: 'decisions', id }],
      });
      done.decision = after;
    });
    if (!done.decision) throw new Error('the vault committed without attaching the scan');
    events.emit('exemption.changed', { entryId: null });
    return done.decision;
  }

  /**
   * The SK that set an imported DIK (issue 11 item 2): recorded as a penetapan fixing the import's
   * rows, which adoptImported has just put in force, so each gets its end date from the SK's date.
   * Inside the import's transaction; the person needs the `importDik` act.
   */
  function recordImported(
    fields: Pick<DecisionFields, 'number' | 'date' | 'signerName' | 'signerPosition' | 'scanSha256'>,
    entryIds: readonly number[],
    transportActor: string,
  ): Decision {
    const acting = users.requireAct('importDik', transportActor);
    return insertPenetapan({ ...fields, entryIds: [...entryIds], testIds: [] }, acting);
  }

  /**
   * Stores the imported SK's signed scan in the vault, then runs `work` with its hash inside the blob's
   * own transaction: a refused file leaves no import, and a refused import leaves no scan link.
   */
  async function withImportedScan<T>(
    scan: { path: string; name: string },
    transportActor: string,
    work: (sha256: string) => T,
  ): Promise<T> {
    const acting = users.requireAct('importDik', transportActor);
    const done: { ran: boolean; value?: T } = { ran: false };
    await vault.ingest(scan.path, scan.name, acting.actor, (blob) => {
      done.value = work(blob.sha256);
      done.ran = true;
    });
    if (!done.ran) throw new Error('the vault committed without the import');
    return done.value as T;
  }

  /**
   * Opens an exempted entry: records the opening decision, creates the DIP entry (setiap saat by
   * default) carrying the information, links old → new, and marks the old one opened. Refused unless
   * the exemption was approved; never triggered by the clock.
   */
  function declassify(input: DeclassifyInput, transportActor: string): DeclassifyResult {
    const acting = users.requireAct('declassify', transportActor);
    const result = writer.write((tx) => {
      exemptions.openable(input.entryId, input.expectedVersion);
      const old = tx.get(input.entryId);
      const decisionId = insertDecision('pembukaan', { ...input.decision, testIds: [] }, acting.actor);
      repo.link(decisionId, input.entryId);

      const dip: EntryFields = {
        ...pickFields(old),
        category: input.category,
        // Asked when opening: without them the DIP row would print blank columns.
        ...input.dip,
        ringkasan: old.ringkasan || old.dikInformasi,
        notes: [
          old.notes,
          `Dibuka dari Informasi yang Dikecualikan #${String(old.id)} berdasarkan ${input.decision.number} tanggal ${input.decision.date}: ${input.reason}`,
        ]
          .filter(Boolean)
          .join('\n'),
        // The DIP entry carries no exemption text: what was exempted stays with the former DIK entry.
        dikInformasi: '',
        dikDasarHukum: '',
        dikKonsekuensiDibuka: '',
        dikKonsekuensiDitutup: '',
        dikJangkaWaktu: '',
      };
      const dipEntryId = tx.create(dip, acting.actor, { action: 'entry.declassified', extra: { openedFrom: old.id, decisionId } }).id;
      repo.link(decisionId, dipEntryId);
      // The DIK row itself stays as decided; its audit trail says where the information went.
      tx.note(old.id, acting.actor, 'entry.opened', { openedTo: dipEntryId, decisionId });

      exemptions.markOpened(input.entryId, dipEntryId, `${input.decision.number} — ${input.reason}`, acting);
      const paperNotes = [
        ...repo.closedOrdners(input.entryId).map((o) => ({ key: 'closedOrdner', params: { title: o.title, ordner: o.code } })),
        { key: 'checkPaper', params: {} },
      ];
      return { dikEntryId: input.entryId, dipEntryId, decisionId, paperNotes };
    });
    events.emit('exemption.changed', { entryId: input.entryId });
    return result;
  }

  return { list: repo.list, get: mustGet, create, createWithScan, attachScan, declassify, recordImported, withImportedScan };
}

export type DecisionService = ReturnType<typeof createDecisionService>;
