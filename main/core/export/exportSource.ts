import type { DikRow, DipRow, ListDocument, ListKind, Letterhead, Signature } from '../../../shared/domain/export';
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

/** Entries without a year are standing information: they belong to every year's list. */
const YEAR = '(@year IS NULL OR e.year IS NULL OR e.year = @year)';

/**
 * Reads what a list publishes from the live register. The DIK query names only the DIK's own
 * columns: ringkasan, notes, unit and every other field of an exempted entry never leave SQLite
 * through here (RELIABILITY #9), whatever a renderer later does with the rows.
 */
export function createExportSource(db: Db) {
  const dip = db.prepare<[{ year: number | null }], DipSqlRow>(
    `SELECT e.id, e.category, e.judul, e.ringkasan, COALESCE(u.name, e.unit_text) AS unit, e.penanggung_jawab, e.waktu, e.tempat,
            e.bentuk, e.format_cetak, e.format_rekam, e.format_online, e.retensi_aktif, e.retensi_inaktif, e.retensi_text,
            e.disposisi, e.jenis_media, e.kode_klasifikasi, e.year
       FROM entries e LEFT JOIN units u ON u.id = e.unit_id
      WHERE e.category IN ('berkala', 'serta_merta', 'setiap_saat') AND e.deleted_at IS NULL AND ${YEAR}
      ORDER BY e.category_rank, e.id`,
  );
  // The exemption domain's view leaves out exemptions already opened; without it (older schema) the entries table.
  const hasDikView =
    db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'view' AND name = 'dik_current'").get()?.n === 1;
  const dik = db.prepare<[{ year: number | null }], DikSqlRow>(
    `SELECT e.id, e.judul, e.dik_informasi, e.dik_dasar_hukum, e.dik_konsekuensi_dibuka, e.dik_konsekuensi_ditutup, e.dik_jangka_waktu
       FROM ${hasDikView ? 'dik_current' : 'entries'} e
      WHERE e.category = 'dikecualikan' AND e.deleted_at IS NULL AND ${YEAR}
      ORDER BY e.id`,
  );
  const agency = createAgencyRepo(db);

  function dipRows(year: number | null): DipRow[] {
    return dip.all({ year }).map((r) => ({
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
    }));
  }

  function dikRows(year: number | null): DikRow[] {
    return dik.all({ year }).map((r) => ({
      entryId: r.id,
      // The DIK names the information; when the officer left that column empty the entry's title stands in.
      informasi: r.dik_informasi !== '' ? r.dik_informasi : r.judul,
      dasarHukum: r.dik_dasar_hukum,
      konsekuensiDibuka: r.dik_konsekuensi_dibuka,
      konsekuensiDitutup: r.dik_konsekuensi_ditutup,
      jangkaWaktu: r.dik_jangka_waktu,
    }));
  }

  function letterhead(): Letterhead {
    const p = agency.get();
    return {
      bodyName: p.bodyName,
      unitName: p.unitName,
      address: p.address,
      city: p.city,
      phone: p.phone,
      email: p.email,
      website: p.website,
      logo: p.logo,
    };
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

  return { dipRows, dikRows, letterhead, defaultSignature, live };
}

export type ExportSource = ReturnType<typeof createExportSource>;
