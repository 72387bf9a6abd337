import type { ReportNarrative, ReportRequestRow } from '../../../shared/domain/requestReport';
import type { Db } from '../db/connection';

/** SQL for the annual report: counts only — no requester column is ever selected here. */
export function createReportRepo(db: Db) {
  const requests = db.prepare<
    [number],
    {
      channel: ReportRequestRow['channel'];
      status: ReportRequestRow['status'];
      receivedOn: string;
      answeredOn: string | null;
      extended: number;
    }
  >(
    `SELECT channel, status, received_on AS receivedOn, answered_on AS answeredOn, extension_reason IS NOT NULL AS extended
     FROM requests WHERE year = ? ORDER BY received_on, id`,
  );
  const grounds = db.prepare<[number], { code: string }>(
    `SELECT coalesce(g.code, 'tanpa_kode') AS code FROM requests r
     JOIN request_entries l ON l.request_id = r.id AND l.role = 'refused'
     LEFT JOIN exemption_grounds g ON g.entry_id = l.entry_id
     WHERE r.year = ?`,
  );
  const objections = db.prepare<[string], { outcome: string | null }>('SELECT outcome FROM objections WHERE substr(filed_on, 1, 4) = ?');
  const disputes = db.prepare<[string], { stage: 'mediasi' | 'ajudikasi'; outcome: string | null }>(
    'SELECT stage, outcome FROM disputes WHERE substr(registered_on, 1, 4) = ?',
  );
  const narrative = db.prepare<[number], ReportNarrative & { version: number }>(
    'SELECT kebijakan, kendala, rekomendasi, version FROM request_reports WHERE year = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO request_reports (year, kebijakan, kendala, rekomendasi, version, updated_at) VALUES (@year, @kebijakan, @kendala, @rekomendasi, 0, @at)
     ON CONFLICT (year) DO UPDATE SET kebijakan = excluded.kebijakan, kendala = excluded.kendala, rekomendasi = excluded.rekomendasi,
       updated_at = excluded.updated_at, version = version + 1 WHERE version = @expectedVersion`,
  );
  return {
    requests: (year: number): ReportRequestRow[] => requests.all(year).map((r) => ({ ...r, extended: r.extended === 1 })),
    groundCodes: (year: number) => grounds.all(year).map((g) => g.code),
    objectionOutcomes: (year: number) => objections.all(String(year)).map((o) => o.outcome),
    disputes: (year: number) => disputes.all(String(year)),
    narrative: (year: number) => narrative.get(year) ?? null,
    saveNarrative: (year: number, n: ReportNarrative, expectedVersion: number, at: string) =>
      upsert.run({ year, ...n, expectedVersion, at }).changes === 1,
  };
}
