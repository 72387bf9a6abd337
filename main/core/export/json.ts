import type { ListDocument } from '../../../shared/domain/export';
import { categoryHeadings } from '../../../shared/domain/entry';
import { bentukText, groupDip, listTitle, retensiPrinted } from '../../../shared/domain/export';

/**
 * The list as open data (JSON): the published columns under stable English keys plus the
 * Indonesian headings, keys in a fixed order so the same list gives the same bytes. No internal
 * identifiers beyond the row number, no logo, nothing the printed list does not show.
 */
export function renderListJson(list: ListDocument): Buffer {
  const head = {
    schema: list.kind === 'dip' ? 'lemari/daftar-informasi-publik@1' : 'lemari/daftar-informasi-dikecualikan@1',
    title: listTitle(list.kind, list.year),
    year: list.year,
    decisionNumber: list.decisionNumber,
    publicBody: list.letterhead.bodyName,
    unit: list.letterhead.unitName,
    signedBy: { place: list.signature.place, date: list.signature.date, position: list.signature.position, name: list.signature.name },
    auditHead: list.auditHead,
  };
  const body =
    list.kind === 'dip'
      ? {
          categories: groupDip(list.rows).map((group) => ({
            category: group.category,
            heading: categoryHeadings[group.category],
            items: group.rows.map((row, i) => ({
              no: i + 1,
              judul: row.judul,
              ringkasan: row.ringkasan,
              pejabatUnit: row.unit,
              penanggungJawab: row.penanggungJawab,
              waktu: row.waktu,
              tempat: row.tempat,
              bentuk: bentukText(row),
              format: { cetak: row.formatCetak, rekam: row.formatRekam, online: row.formatOnline },
              retensi: retensiPrinted(row),
              retensiAktifTahun: row.retensiAktif,
              retensiInaktifTahun: row.retensiInaktif,
              jenisMedia: row.jenisMedia,
              kodeKlasifikasi: row.kodeKlasifikasi,
              tahun: row.year,
            })),
          })),
        }
      : {
          items: list.rows.map((row, i) => ({
            no: i + 1,
            informasi: row.informasi,
            dasarHukum: row.dasarHukum,
            konsekuensiDibuka: row.konsekuensiDibuka,
            konsekuensiDitutup: row.konsekuensiDitutup,
            jangkaWaktu: row.jangkaWaktu,
          })),
        };
  return Buffer.from(`${JSON.stringify({ ...head, ...body }, null, 2)}\n`, 'utf8');
}
