import { lemariError } from '../../../shared/api/raise';
import type { EntryCategory, EntryFields } from '../../../shared/domain/entry';
import { skNumberPattern, type Decision, type DecisionFields, type DeclassifyResult } from '../../../shared/domain/exemption';
import { pickFields } from '../register/entry.service';
import type { ServiceDeps } from '../support/deps';
import type { Acting, UserService } from '../user/user.service';
import type { VaultService } from '../vault/vault.service';
import type { ExemptionService } from './exemption.service';

interface DecisionRow {
  id: number;
  purpose: Decision['purpose'];
  number: string;
  date: string;
  signer_name: string;
  signer_position: string;
  test_id: number | null;
  scan_sha256: string | null;
  created_at: string;
  created_by: string;
  entry_ids: string | null;
}

function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    purpose: row.purpose,
    number: row.number,
    date: row.date,
    signerName: row.signer_name,
    signerPosition: row.signer_position,
    testId: row.test_id,
    scanSha256: row.scan_sha256,
    entryIds: row.entry_ids === null ? [] : row.entry_ids.split(',').map(Number),
    numberLooksRight: skNumberPattern.test(row.number),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/**
 * Decisions (SK): the penetapan that fixes approved exemptions, and the opening decision that
 * declassifies one. Declassification is a single transaction: decision, new DIP entry, link, state,
 * audit events; it is the only way an exempted entry ever becomes public.
 */
export function createDecisionService(
  deps: ServiceDeps,
  users: UserService,
  exemptions: ExemptionService,
  vault: Pick<VaultService, 'ingest'>,
) {
  const { db, audit, events, clock } = deps;
  const { repo, entries, setState, step, computedEnd, requireStatus, toExemption } = exemptions.internal;
  const SELECT = `SELECT d.*, (SELECT group_concat(entry_id, ',') FROM decision_entries WHERE decision_id = d.id) AS entry_ids FROM decisions d`;
  const byId = db.prepare<[number], DecisionRow>(`${SELECT} WHERE d.id = ?`);
  const listAll = db.prepare<[], DecisionRow>(`${SELECT} ORDER BY d.date DESC, d.id DESC`);
  const insert = db.prepare(
    `INSERT INTO decisions (purpose, number, date, signer_name, signer_position, test_id, scan_sha256, created_at, created_by)
     VALUES (@purpose, @number, @date, @signerName, @signerPosition, @testId, @scanSha256, @at, @actor)`,
  );
  const setScan = db.prepare<[string, number]>('UPDATE decisions SET scan_sha256 = ? WHERE id = ?');
  const link = db.prepare<[number, number]>('INSERT INTO decision_entries (decision_id, entry_id) VALUES (?, ?)');
  const testExists = db.prepare<[number], { id: number }>('SELECT id FROM consequence_tests WHERE id = ? AND concluded_at IS NOT NULL');
  // The paper side (documents issue): originals of this entry filed in a closed ordner must move.
  const closedOrdners = db.prepare<[number], { title: string; code: string }>(
    `SELECT d.title, o.code FROM document_entries de JOIN documents d ON d.id = de.document_id
     JOIN filings f ON f.document_id = d.id JOIN ordners o ON o.id = f.ordner_id
     WHERE de.entry_id = ? AND o.access = 'tertutup' ORDER BY o.code, d.title`,
  );

  function mustGet(id: number): Decision {
    const row = byId.get(id);
    if (!row) throw lemariError('not_found');
    return toDecision(row);
  }

  function insertDecision(purpose: Decision['purpose'], fields: Omit<DecisionFields, 'entryIds'>, actor: string): number {
    return Number(insert.run({ purpose, ...fields, at: clock().toISOString(), actor }).lastInsertRowid);
  }

  /** The SK fixing approved exemptions; an SK-anchored duration now has its start and so its end date. Runs inside a transaction. */
  function insertPenetapan(fields: DecisionFields, acting: Acting): Decision {
    const id = insertDecision('penetapan', fields, acting.actor);
    for (const entryId of new Set(fields.entryIds)) {
      const row = repo.get(entryId);
      if (!row) throw lemariError('invalid_input', { key: 'exemption.err.notExempted', field: 'fields.entryIds' });
      requireStatus(row, ['approved']);
      const before = toExemption(row);
      const { endDate } = computedEnd({ periodText: row.period_text, anchor: row.anchor, documentDate: row.document_date }, fields.date);
      link.run(id, entryId);
      setState(row, { decisionId: id, endDate }, row.version);
      step(entryId, acting, 'decide', fields.number);
      const after = repo.get(entryId);
      audit.record({
        actor: acting.actor,
        action: 'exemption.decide',
        entityType: 'exemption',
        entityId: entryId,
        before,
        after: after ? toExemption(after) : null,
        rows: [{ table: 'exemptions', id: entryId }],
      });
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
    if (fields.testId !== null && !testExists.get(fields.testId))
      throw lemariError('invalid_input', { key: 'exemption.err.testNotConcluded', field: 'fields.testId' });
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
      setScan.run(blob.sha256, id);
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
   * Opens an exempted entry: records the opening decision, creates the DIP entry (setiap saat by
   * default) carrying the information, links old → new, and marks the old one opened. Refused unless
   * the exemption was approved; never triggered by the clock.
   */
  function declassify(
    input: {
      entryId: number;
      expectedVersion: number;
      decision: Omit<DecisionFields, 'entryIds' | 'testId'>;
      category: Exclude<EntryCategory, 'dikecualikan'>;
      reason: string;
    },
    transportActor: string,
  ): DeclassifyResult {
    const acting = users.requireAct('declassify', transportActor);
    const result = db
      .transaction(() => {
        const row = repo.get(input.entryId);
        if (!row) throw lemariError('not_found', { key: 'exemption.err.notExempted' });
        requireStatus(row, ['approved']);
        if (row.version !== input.expectedVersion) throw lemariError('conflict', { key: 'exemption.err.changed' });
        const old = entries.get(input.entryId);
        if (!old) throw lemariError('not_found');
        const before = toExemption(row);
        const decisionId = insertDecision('pembukaan', { ...input.decision, testId: null }, acting.actor);
        link.run(decisionId, input.entryId);

        const at = clock().toISOString();
        const dip: EntryFields = {
          ...pickFields(old),
          category: input.category,
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
        const dipEntryId = entries.insert(dip, at);
        link.run(decisionId, dipEntryId);
        audit.record({
          actor: acting.actor,
          action: 'entry.declassified',
          entityType: 'entry',
          entityId: dipEntryId,
          before: null,
          after: { ...entries.get(dipEntryId), openedFrom: old.id, decisionId },
          rows: [{ table: 'entries', id: dipEntryId }],
        });
        audit.record({
          actor: acting.actor,
          action: 'entry.opened',
          entityType: 'entry',
          entityId: old.id,
          before: old,
          after: { ...old, openedTo: dipEntryId, decisionId },
        });

        setState(row, { status: 'opened', openedTo: dipEntryId }, row.version);
        step(input.entryId, acting, 'declassify', `${input.decision.number} — ${input.reason}`);
        const after = repo.get(input.entryId);
        audit.record({
          actor: acting.actor,
          action: 'exemption.declassify',
          entityType: 'exemption',
          entityId: input.entryId,
          before,
          after: after ? toExemption(after) : null,
          rows: [{ table: 'exemptions', id: input.entryId }],
        });
        const paperNotes = [
          ...closedOrdners.all(input.entryId).map((o) => ({ key: 'closedOrdner', params: { title: o.title, ordner: o.code } })),
          { key: 'checkPaper', params: {} },
        ];
        return { dikEntryId: input.entryId, dipEntryId, decisionId, paperNotes };
      })
      .immediate();
    events.emit('exemption.changed', { entryId: input.entryId });
    events.emit('entry.changed', { id: result.dipEntryId });
    events.emit('entry.changed', { id: result.dikEntryId });
    return result;
  }

  return { list: () => listAll.all().map(toDecision), get: mustGet, create, createWithScan, attachScan, declassify };
}

export type DecisionService = ReturnType<typeof createDecisionService>;
