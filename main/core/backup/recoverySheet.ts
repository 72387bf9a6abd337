import type { AgencyProfile } from '../../../shared/domain/agency';
import { indonesianDate } from '../../../shared/domain/dateWords';
import { agencyZone, zoneOffsetHours, type TimeZone } from '../../../shared/domain/timeZone';
import { drawKopSurat, sheetFonts } from '../export/pdf/kopSurat';
import { findPrintFonts } from '../support/resources';
import { fitSize, MM, startPdf } from '../ordner/pdfDoc';

/** "15 Januari 2026 pukul 10.00 WITA": the moment as the office reads it (UTC when the body's zone is unknown). */
export function madeAtText(at: Date, zone: TimeZone | null): string {
  const local = new Date(at.getTime() + (zone === null ? 0 : zoneOffsetHours[zone]) * 3_600_000).toISOString();
  return `${indonesianDate(local.slice(0, 10))} pukul ${local.slice(11, 13)}.${local.slice(14, 16)} ${zone ?? 'UTC'}`;
}

export interface RecoverySheetInput {
  /** The AGE-SECRET-KEY-1… identity: printed here once, stored nowhere. */
  identity: string;
  recipient: string;
  /** The body's name for the kop surat line; empty when the profile is not filled in. */
  bodyName: string;
  /** The agency profile, when there is one: the sheet then carries the one kop surat (logo, unit line) and local time. */
  agency?: AgencyProfile;
  archiveDir: string;
  backupFile: string;
  at: Date;
}

/**
 * The Lembar Kunci Pemulihan: one A4 page with the recovery key, to be printed and kept in the PPID's safe.
 * Whoever holds it can open every backup made for this key (and on quit and schedule), so it says so.
 */
export async function recoverySheetPdf(input: RecoverySheetInput): Promise<Buffer> {
  const { doc, finish } = startPdf(findPrintFonts(), 'Lembar Kunci Pemulihan', input.at);
  const left = 20 * MM;
  const width = 170 * MM;
  let y = 20 * MM;
  if (input.agency && input.agency.bodyName !== '') {
    y = drawKopSurat(doc, input.agency, { left, right: left + width, top: y }, sheetFonts) + 2 * MM;
  } else if (input.bodyName !== '') {
    doc.font('SansBold').fontSize(13).text(input.bodyName.toUpperCase(), left, y, { width, align: 'center' });
    y = doc.y + 2 * MM;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(1.2)
      .stroke();
    y += 6 * MM;
  }
  doc.font('SansBold').fontSize(16).text('LEMBAR KUNCI PEMULIHAN', left, y, { width, align: 'center' });
  doc.font('Sans').fontSize(10).text('Recovery Key Sheet', { width, align: 'center' });
  y = doc.y + 8 * MM;
  const para = (id: string, en: string) => {
    doc.font('Sans').fontSize(10.5).text(id, left, y, { width });
    doc.fontSize(9).fillColor('#444').text(en, { width });
    doc.fillColor('black');
    y = doc.y + 4 * MM;
  };
  para(
    'Kunci di bawah ini membuka cadangan arsip Lemari yang dibuat dengannya, termasuk cadangan otomatis saat keluar dan terjadwal. Simpan lembar ini di lemari besi PPID. Jangan difoto, jangan disimpan di komputer atau flashdisk cadangan.',
    'The key below opens the Lemari backups made with it, including automatic backups on quit and on schedule. Keep this sheet in the PPID’s safe. Do not photograph it or store it on the computer or the backup stick.',
  );
  doc.font('SansBold').fontSize(10).text('Kunci Pemulihan / Recovery Key', left, y);
  y = doc.y + 2 * MM;
  doc
    .rect(left, y, width, 16 * MM)
    .lineWidth(0.8)
    .stroke();
  // One unbroken line (a wrapped key is misread when typed back): the largest size that fits the box.
  doc.font('Courier-Bold');
  const keySize = fitSize(doc, input.identity, width - 8 * MM, 11, 6);
  doc.fontSize(keySize).text(input.identity, left + 4 * MM, y + 6 * MM, { width: width - 8 * MM, lineBreak: false });
  y += 22 * MM;
  const row = (label: string, value: string) => {
    doc
      .font('SansBold')
      .fontSize(9)
      .text(label, left, y, { width: 45 * MM });
    const afterLabel = doc.y;
    doc
      .font('Sans')
      .fontSize(9)
      .text(value, left + 47 * MM, y, { width: width - 47 * MM });
    y = Math.max(doc.y, afterLabel) + 2 * MM;
  };
  row('Dibuat / made', madeAtText(input.at, input.agency ? agencyZone(input.agency) : null));
  row('Arsip / archive', input.archiveDir);
  row('Cadangan pertama / first backup', input.backupFile);
  row('Kunci publik / public key', input.recipient);
  y += 4 * MM;
  para(
    'Memulihkan: lemari restore BERKAS --archive FOLDER-BARU --identity BERKAS-KUNCI, atau di layar Cadangan pilih “Pakai Kunci Pemulihan”. Tanpa Lemari: age -d -i BERKAS-KUNCI cadangan.lemari-backup > cadangan.tar',
    'To restore: lemari restore FILE --archive NEWDIR --identity KEYFILE, or on the Backup screen choose “Use the Recovery Key”. Without Lemari: age -d -i KEYFILE backup.lemari-backup > backup.tar',
  );
  return finish();
}
