import type { DikRow, DipRow, ListDocument, ListKind, Letterhead, Signature } from '../../../shared/domain/export';
import { letterheadOf } from '../../../shared/domain/export';
import type { Db } from '../db/connection';
import { createAgencyRepo } from '../agency/agency.repo';
import { agencyZone, localDate } from '../../../shared/domain/timeZone';

interface DipSqlRow {
  id: number;
  category: DipRow['category'];
  judul: string;
  ringkasan: string;
  unit: string;
  penanggung_jawab: string;
  waktu: string;
  tempat: string;
  bentuk: DipRow['bentuk'];
  format_cetak: number;
  format_rekam: number;
  format_online: number;
  retensi_aktif: number | null;
  retensi_inaktif: number | null;
  retensi_text: string;
  disposisi: DipRow['disposisi'];
  jenis_media: string;
  kode_klasifikasi: string;
  year: number | null;
}

interface DikSqlRow {
  id: number;
  judul: string;
  dik_informasi: string;
  dik_dasar_hukum: string;
  dik_konsekuensi_dibuka: string;
  dik_konsekuensi_ditutup: string;
  dik_jangka_waktu: string;
}

const DIP_COLUMNS = `e.id, e.category, e.judul, e.ringkasan, COALESCE(u.name, e.unit_text) AS unit, e.penanggung_jawab, e.waktu,
  e.tempat, e.bentuk, e.format_cetak, e.format_rekam, e.format_online, e.retensi_aktif, e.retensi_inaktif, e.retensi_text,
  e.disposisi, e.jenis_media, e.kode_klasifikasi, e.year`;
const DIK_COLUMNS =
  'e.id, e.judul, e.dik_informasi, e.dik_dasar_hukum, e.dik_konsekuensi_dibuka, e.dik_konsekuensi_ditutup, e.dik_jangka_waktu';
/** A recorded SK as a list's lampiran names it. */
export interface ListDecision {
  id: number;
  number: string;
  date: string;
  signerName: string;
  signerPosition: string;
}

/** Entries without a year are standing information: they belong to every year's list. */
const YEAR = '(@year IS NULL OR e.year IS NULL OR e.year = @year)';

/**
 * Reads what a list publishes from the live register. The DIK query names only the DIK's own
 * columns: ringkasan, notes, unit and every other field of an exempted entry never leave SQLite
 * through here (RELIABILITY #9), whatever a renderer later does with the rows.
 */
export function createExportSource(db: Db) {
  const dip = db.prepare<[{ year: number | null }], DipSqlRow>(
    `SELECT ${DIP_COLUMNS} FROM entries e LEFT JOIN units u ON u.id = e.unit_id
      WHERE e.category IN ('berkala', 'serta_merta', 'setiap_saat') AND e.deleted_at IS NULL AND ${YEAR}
      ORDER BY e.category_rank, e.id`,
  );
  // Pemutakhiran: the DIP of a year is all public information held when it is set, whatever each entry's own Tahun.
  const dipHeld = db.prepare<[], DipSqlRow>(
    `SELECT ${DIP_COLUMNS} FROM entries e LEFT JOIN units u ON u.id = e.unit_id
      WHERE e.category IN ('berkala', 'serta_merta', 'setiap_saat') AND e.deleted_at IS NULL
      ORDER BY e.category_rank, e.id`,
  );
  // The exemption domain's view leaves out exemptions already opened; without it (older schema) the entries table.
  const hasDikView =
    db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'view' AND name = 'dik_current'").get()?.n === 1;
  const dik = db.prepare<[{ year: number | null }], DikSqlRow>(
    `SELECT ${DIK_COLUMNS} FROM ${hasDikView ? 'dik_current' : 'entries'} e
      WHERE e.category = 'dikecualikan' AND e.deleted_at IS NULL AND ${YEAR}
      ORDER BY e.id`,
  );
  // The DIK in force: exemptions fixed by an SK (decision_id set) and not opened. Drafts, submitted and
  // approved-but-undecided rows are working matter, never an established list. An entry with no workflow
  // record at all came in as written from a list already established on paper (an import), so it stands.
  const dikInForce = hasDikView
    ? db.prepare<[], DikSqlRow>(
        `SELECT ${DIK_COLUMNS} FROM dik_current e LEFT JOIN exemptions x ON x.entry_id = e.id
          WHERE x.entry_id IS NULL OR (x.decision_id IS NOT NULL AND x.status <> 'opened')
          ORDER BY e.id`,
      )
    : null;
  const dikAll = hasDikView
    ? db.prepare<[], { n: number }>("SELECT count(*) AS n FROM dik_current WHERE category = 'dikecualikan' AND deleted_at IS NULL")
    : null;
  const agency = createAgencyRepo(db);
  const hasTable = (name: string) =>
    db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)?.n === 1;
  // The recorded SKs (exemption domain): the lampiran prints the chosen one's number and date.
  const decision = hasTable('decisions')
    ? db.prepare<[number], ListDecision>(
        "SELECT id, number, date, signer_name AS signerName, signer_position AS signerPosition FROM decisions WHERE id = ? AND purpose = 'penetapan'",
      )
    : null;
  const latestDecision = hasTable('decisions')
    ? db.prepare<[], ListDecision>(
        "SELECT id, number, date, signer_name AS signerName, signer_position AS signerPosition FROM decisions WHERE purpose = 'penetapan' ORDER BY date DESC, id DESC LIMIT 1",
      )
    : null;
  // The optional DIK columns: jenis dokumen and the upstream decision (KPU SOP steps 2 and 4).
  const extras = hasTable('exemptions')
    ? db.prepare<[], { entry_id: number; jenis_dokumen: string; upstream_decision: string }>(
        'SELECT entry_id, jenis_dokumen, upstream_decision FROM exemptions',
      )
    : null;

  function dipRows(year: number | null): DipRow[] {
    return dip.all({ year }).map(toDipRow);
  }

  function toDipRow(r: DipSqlRow): DipRow {
    return {
      entryId: r.id,
      category: r.category,
      judul: r.judul,
      ringkasan: r.ringkasan,
      unit: r.unit,
      penanggungJawab: r.penanggung_jawab,
      waktu: r.waktu,
      tempat: r.tempat,
      bentuk: r.bentuk,
      formatCetak: r.format_cetak === 1,
      formatRekam: r.format_rekam === 1,
      formatOnline: r.format_online === 1,
      retensiAktif: r.retensi_aktif,
      retensiInaktif: r.retensi_inaktif,
      retensiText: r.retensi_text,
      disposisi: r.disposisi,
      jenisMedia: r.jenis_media,
      kodeKlasifikasi: r.kode_klasifikasi,
      year: r.year,
    };
  }

  function toDikRow(r: DikSqlRow): DikRow {
    return {
      entryId: r.id,
      // The DIK names the information; when the officer left that column empty the entry's title stands in.
      informasi: r.dik_informasi !== '' ? r.dik_informasi : r.judul,
      dasarHukum: r.dik_dasar_hukum,
      konsekuensiDibuka: r.dik_konsekuensi_dibuka,
      konsekuensiDitutup: r.dik_konsekuensi_ditutup,
      jangkaWaktu: r.dik_jangka_waktu,
    };
  }

  function dikRows(year: number | null): DikRow[] {
    return dik.all({ year }).map(toDikRow);
  }

  /** What an edition establishes: every public entry held (DIP), or the decided exemptions in force (DIK). */
  const edition = {
    dipRows: (): DipRow[] => dipHeld.all().map(toDipRow),
    dikRows: (): DikRow[] => (dikInForce?.all() ?? []).map(toDikRow),
    /** Exempted entries not yet decided by an SK: what a DIK edition leaves out. */
    dikUndecided: (): number => (dikAll?.get()?.n ?? 0) - (dikInForce?.all().length ?? 0),
  };

  function letterhead(): Letterhead {
    const p = agency.get();
    return letterheadOf(p);
  }

  /** The default signer of a working copy: the PPID for the DIP, the Atasan PPID (when named) for the DIK. */
  function defaultSignature(kind: ListKind, date: string): Signature {
    const p = agency.get();
    if (kind === 'dik' && p.superiorName !== '') {
      return {
        place: p.city,
        date,
        position: p.superiorPosition === '' ? 'Atasan PPID' : p.superiorPosition,
        name: p.superiorName,
        nip: p.superiorNip,
      };
    }
    return { place: p.city, date, position: 'Pejabat Pengelola Informasi dan Dokumentasi', name: p.ppidName, nip: p.ppidNip };
  }

  /** The list as it stands now: a working copy, not an established edition. */
  function live(kind: ListKind, year: number | null, now: Date, auditHead: string | null): ListDocument {
    const base = {
      year,
      decisionNumber: '',
      letterhead: letterhead(),
      // The signature date is the body's own day (WITA in Bulukumba), not UTC's.
      signature: defaultSignature(kind, localDate(now, agencyZone(agency.get()))),
      auditHead,
      madeAt: now.toISOString(),
    };
    return kind === 'dip' ? { ...base, kind, rows: dipRows(year) } : { ...base, kind, rows: dikRows(year) };
  }

  /** Adds the jenis dokumen and upstream decision to DIK rows that lack them. */
  function withDikExtras(rows: readonly DikRow[]): DikRow[] {
    const byEntry = new Map((extras?.all() ?? []).map((r) => [r.entry_id, r]));
    return rows.map((row) => ({
      ...row,
      jenisDokumen: row.jenisDokumen ?? byEntry.get(row.entryId)?.jenis_dokumen ?? '',
      upstreamDecision: row.upstreamDecision ?? byEntry.get(row.entryId)?.upstream_decision ?? '',
    }));
  }

  /** The NIP the profile holds for a named signer (the Atasan PPID or the PPID), '' for anyone else. */
  function knownNip(name: string): string {
    const p = agency.get();
    const same = (other: string) => other.trim() !== '' && other.trim().toLowerCase() === name.trim().toLowerCase();
    if (same(p.superiorName)) return p.superiorNip;
    return same(p.ppidName) ? p.ppidNip : '';
  }

  return {
    dipRows,
    dikRows,
    letterhead,
    defaultSignature,
    knownNip,
    live,
    edition,
    withDikExtras,
    decision: (id: number) => decision?.get(id) ?? null,
    latestDecision: () => latestDecision?.get() ?? null,
  };
}

export type ExportSource = ReturnType<typeof createExportSource>;
