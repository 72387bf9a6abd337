import type { AgencyProfile } from '../../../shared/domain/agency';
import { indonesianDate } from '../../../shared/domain/dateWords';
import { letterheadOf, paperPoints, type PaperSize } from '../../../shared/domain/export';
import { pasal35Text, type Objection } from '../../../shared/domain/objection';
import type { LetterKind, RequestDetail } from '../../../shared/domain/request';
import { translate } from '../../../shared/i18n/translate';
import { drawKopSurat } from '../export/pdf/kopSurat';
import { startPdf } from '../ordner/pdfDoc';
import type { PrintFonts } from '../support/resources';

const MM = 72 / 25.4;

export interface LetterInput {
  kind: LetterKind;
  request: RequestDetail;
  objection: Objection | null;
  agency: AgencyProfile;
  number: string;
  date: string;
  paper: PaperSize;
  madeAt: Date;
}

const id = (key: string) => translate('id', key);

function signer(agency: AgencyProfile, kind: LetterKind): { position: string; name: string; nip: string } {
  if (kind === 'tanggapan_keberatan') {
    return { position: agency.superiorPosition || 'Atasan PPID', name: agency.superiorName, nip: agency.superiorNip };
  }
  return { position: `PPID ${agency.bodyName}`.trim(), name: agency.ppidName, nip: agency.ppidNip };
}

const titles: Record<LetterKind, string> = {
  tanda_bukti: 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK',
  pemberitahuan: 'PEMBERITAHUAN TERTULIS',
  perpanjangan: 'PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU',
  penolakan: 'KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI',
  tanggapan_keberatan: 'TANGGAPAN ATASAN PPID ATAS KEBERATAN',
};

/** One letter on A4 or F4: kop surat, title and number, the body of the letter, the place/date and signature block. */
export function renderLetter(input: LetterInput, fonts: PrintFonts): Promise<Buffer> {
  const [width, height] = paperPoints[input.paper];
  const { doc, finish } = startPdf(fonts, `${titles[input.kind]} ${input.request.number}`, input.madeAt, { size: [width, height] });
  doc.font('Body');

  const left = 25 * MM;
  const right = width - 20 * MM;
  const textWidth = right - left;
  const bottom = height - 20 * MM;
  const a = input.agency;
  const y0 = drawKopSurat(doc, letterheadOf(a), { left, right, top: 18 * MM });
  doc
    .font('Bold')
    .fontSize(11.5)
    .text(titles[input.kind], left, y0 + 4, { width: textWidth, align: 'center' });
  doc
    .font('Body')
    .fontSize(10)
    .text(`Nomor: ${input.number}`, left, doc.y + 2, { width: textWidth, align: 'center' });
  doc.moveDown(1.2);

  const ensure = (space: number) => {
    if (doc.y + space > bottom) doc.addPage({ size: [width, height], margin: 0 }).y = 20 * MM;
  };
  const para = (text: string) => {
    ensure(30);
    doc.font('Body').fontSize(10).text(text, left, doc.y, { width: textWidth, align: 'justify' });
    doc.moveDown(0.5);
  };
  const row = (label: string, value: string) => {
    ensure(24);
    const y = doc.y;
    doc
      .font('Body')
      .fontSize(10)
      .text(label, left, y, { width: 56 * MM });
    const labelBottom = doc.y;
    doc.text(`: ${value || '-'}`, left + 60 * MM, y, { width: textWidth - 60 * MM });
    doc.y = Math.max(doc.y, labelBottom) + 2;
  };
  const heading = (text: string) => {
    ensure(30);
    doc.moveDown(0.3).font('Bold').fontSize(10).text(text, left, doc.y, { width: textWidth });
    doc.moveDown(0.2);
  };

  const r = input.request;
  const q = r.fields.requester;
  const requesterRows = () => {
    row('Nama', q.name);
    row('Alamat', q.address);
    row('Nomor telepon / surel', [q.phone, q.email].filter(Boolean).join(' / '));
    row('Pekerjaan', q.occupation);
    if (q.kind !== 'perorangan') row('Dasar hukum badan/kelompok', q.legalBasis);
  };

  switch (input.kind) {
    case 'tanda_bukti': {
      row('Nomor pendaftaran', r.number);
      row('Tanggal dan jam diterima', `${indonesianDate(r.deadline.receivedOn)}, pukul ${receivedClock(r)} ${r.timeZone}`);
      row('Saluran', id(`request.channel.${r.channel}`));
      requesterRows();
      row(`Identitas (${id(`request.identityType.${q.identityType}`)})`, q.identityNumber);
      row('Rincian informasi yang dibutuhkan', r.fields.information);
      row('Tujuan penggunaan informasi', r.fields.purpose);
      row('Cara memperoleh informasi', r.fields.accessModes.map((m) => id(`request.accessMode.${m}`)).join(', '));
      if (r.fields.copyWanted) {
        row('Mendapatkan salinan', r.fields.copyForm ? id(`request.copyForm.${r.fields.copyForm}`) : '-');
        row('Cara mengirim salinan', r.fields.delivery ? id(`request.delivery.${r.fields.delivery}`) : '-');
      }
      doc.moveDown(0.5);
      para(
        `Permohonan ini wajib dijawab secara tertulis paling lambat ${indonesianDate(r.deadline.answer.due)} (10 hari kerja sejak diterima, ` +
          'Pasal 22 ayat 7 UU 14/2008), dan dapat diperpanjang satu kali paling lama 7 hari kerja dengan alasan tertulis.',
      );
      break;
    }
    case 'pemberitahuan': {
      para(
        `Berdasarkan permohonan informasi pada tanggal ${indonesianDate(r.deadline.receivedOn)} dengan nomor pendaftaran ${r.number}, kami menyampaikan kepada:`,
      );
      requesterRows();
      row('Informasi yang diminta', r.fields.information);
      heading(`Pemberitahuan: ${id(`request.status.${r.status}`)}`);
      noticeBody(r, row, para);
      break;
    }
    case 'perpanjangan': {
      para(
        `Berdasarkan permohonan informasi pada tanggal ${indonesianDate(r.deadline.receivedOn)} dengan nomor pendaftaran ${r.number} atas nama:`,
      );
      requesterRows();
      row('Informasi yang diminta', r.fields.information);
      para(
        `Dengan ini kami memberitahukan bahwa jangka waktu pemberian jawaban diperpanjang 7 (tujuh) hari kerja sesuai Pasal 22 ayat 8 ` +
          `UU 14/2008, dari ${indonesianDate(r.deadline.answer.due)} menjadi paling lambat ${indonesianDate(r.dueOn)}.`,
      );
      row('Alasan perpanjangan', r.extensionReason);
      break;
    }
    case 'penolakan': {
      para('Pada hari ini, PPID memutuskan bahwa permohonan informasi:');
      row('Nomor pendaftaran', r.number);
      requesterRows();
      row('Rincian informasi yang dibutuhkan', r.fields.information);
      para('adalah informasi yang dikecualikan, berdasarkan Daftar Informasi yang Dikecualikan dan Uji Konsekuensi sebagai berikut:');
      r.refusalGrounds.forEach((g, index) => {
        heading(`${String(index + 1)}. ${g.judul}`);
        row('Informasi yang dikecualikan', g.informasi);
        row('Dasar hukum pengecualian', g.legalBasis);
        row('Uji Konsekuensi', g.testIds.map((t) => `UK-${String(t).padStart(4, '0')}`).join(', ') || '-');
        row('Surat Keputusan penetapan', g.decisionNumber ?? '-');
        row('Konsekuensi apabila dibuka', g.konsekuensi);
      });
      if (r.status === 'dikabulkan_sebagian')
        para('Bagian lain dari informasi yang diminta diberikan, dengan salinan publik yang menghitamkan bagian yang dikecualikan.');
      para(
        'Jika Pemohon Informasi Publik berkeberatan atas penolakan ini, Pemohon dapat mengajukan keberatan kepada Atasan PPID paling lambat ' +
          '30 (tiga puluh) hari kerja sejak diterimanya keputusan ini (Pasal 35 ayat 1 huruf a dan Pasal 36 ayat 1 UU 14/2008).',
      );
      break;
    }
    case 'tanggapan_keberatan': {
      const o = input.objection;
      if (!o?.response) throw new Error('a tanggapan needs a responded objection');
      row('Nomor register keberatan', o.number);
      row('Tanggal keberatan diterima', indonesianDate(o.filedOn));
      row('Nomor permohonan', r.number);
      requesterRows();
      heading('Alasan keberatan (Pasal 35 ayat 1 UU 14/2008)');
      for (const reason of o.reasons) para(`huruf ${reason}. ${pasal35Text[reason]}`);
      if (o.description) row('Uraian keberatan', o.description);
      heading(`Tanggapan: ${id(`request.objection.outcomes.${o.response.outcome}`)}`);
      para(o.response.text);
      para(
        'Apabila Pemohon tidak puas dengan tanggapan ini, Pemohon dapat mengajukan permohonan penyelesaian sengketa informasi kepada ' +
          'Komisi Informasi paling lambat 14 (empat belas) hari kerja setelah diterimanya tanggapan ini (Pasal 37 ayat 2 UU 14/2008).',
      );
      break;
    }
    default: {
      const unreachable: never = input.kind;
      throw new Error(`unknown letter ${String(unreachable)}`);
    }
  }

  ensure(48 * MM);
  const s = signer(a, input.kind);
  const blockX = left + textWidth / 2;
  const blockWidth = textWidth / 2;
  doc.moveDown(1.5);
  doc
    .font('Body')
    .fontSize(10)
    .text(`${a.city || '……………'}, ${indonesianDate(input.date)}`, blockX, doc.y, { width: blockWidth });
  const positionY = doc.y;
  doc.text(s.position, blockX, positionY, { width: blockWidth });
  doc.moveDown(3.5);
  const nameY = doc.y;
  doc.font('Bold').text(s.name || '(……………………………)', blockX, nameY, { width: blockWidth, underline: s.name !== '' });
  doc.font('Body').text(s.nip ? `NIP ${s.nip}` : '', blockX, doc.y, { width: blockWidth });
  if (input.kind === 'tanda_bukti') {
    // The requester signs the receipt too, at the left, level with the officer.
    doc.font('Body').text('Pemohon,', left, positionY, { width: blockWidth - 10 * MM });
    doc.font('Bold').text(q.name, left, nameY, { width: blockWidth - 10 * MM, underline: true });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .font('Body')
      .fontSize(7.5)
      .fillColor('#555555')
      .text(`Lemari · ${r.number} · ${input.number} · halaman ${String(i + 1)} dari ${String(range.count)}`, left, height - 12 * MM, {
        width: textWidth,
        align: 'center',
        lineBreak: false,
      });
    doc.fillColor('#000000');
  }
  return finish();
}

function receivedClock(r: RequestDetail): string {
  const offset = { WIB: 7, WITA: 8, WIT: 9 }[r.timeZone];
  return new Date(new Date(r.fields.receivedAt).getTime() + offset * 3_600_000).toISOString().slice(11, 16);
}

function noticeBody(r: RequestDetail, row: (l: string, v: string) => void, para: (t: string) => void): void {
  switch (r.status) {
    case 'dikabulkan_seluruhnya':
    case 'dikabulkan_sebagian': {
      para('Informasi dapat diberikan:');
      r.givenEntries.forEach((e, i) => row(`${String(i + 1)}.`, e.judul));
      // Nothing linked from the registers: the information as requested, never an empty list after the colon.
      if (r.givenEntries.length === 0 && r.documents.length === 0) row('1.', r.fields.information);
      r.documents.forEach((d) =>
        row(d.code, `${d.title}${d.copy === 'salinan_publik' ? ' (salinan publik; bagian yang dikecualikan dihitamkan)' : ''}`),
      );
      if (r.status === 'dikabulkan_sebagian') {
        para('Sebagian informasi tidak dapat diberikan karena merupakan informasi yang dikecualikan:');
        r.refusalGrounds.forEach((g) => row(g.judul, g.legalBasis));
      }
      row('Bentuk informasi', r.fields.copyForm ? translate('id', `request.copyForm.${r.fields.copyForm}`) : '-');
      row(
        'Biaya',
        r.fee.amount > 0
          ? `Rp ${r.fee.amount.toLocaleString('id-ID')}${r.fee.method ? ` (${r.fee.method})` : ''}`
          : 'Tidak dikenakan biaya',
      );
      row('Cara penyampaian', r.fields.delivery ? translate('id', `request.delivery.${r.fields.delivery}`) : '-');
      break;
    }
    case 'ditolak':
      para('Informasi tidak dapat diberikan karena merupakan informasi yang dikecualikan (Pasal 17 UU 14/2008):');
      r.refusalGrounds.forEach((g) => row(g.judul, g.legalBasis));
      para('Keputusan PPID tentang Penolakan disampaikan bersama pemberitahuan ini.');
      break;
    case 'tidak_dikuasai':
      para('Informasi tidak dapat diberikan karena informasi yang diminta tidak dikuasai oleh badan publik ini.');
      break;
    case 'belum_didokumentasikan':
      para('Informasi tidak dapat diberikan karena informasi yang diminta belum didokumentasikan.');
      break;
    case 'dialihkan':
      para(`Permohonan informasi dialihkan kepada ${r.transferredTo}, yang menguasai informasi tersebut.`);
      break;
    case 'diterima':
    case 'diproses':
    case 'diperpanjang':
      // letter.service refuses a notice before the answer; reaching here is a programming error.
      throw new Error(`no written notice for status ${r.status}`);
    default: {
      const unreachable: never = r.status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
  if (r.decisionNote) row('Keterangan', r.decisionNote);
}
