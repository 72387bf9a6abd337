import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseCsv } from './csv';

describe('guessDelimiter', () => {
  it('takes the delimiter that separates the same number of cells on every record', () => {
    expect(guessDelimiter('No;Informasi;Dasar Hukum\r\n1;Data pribadi, alamat;Pasal 17 huruf h\r\n2;Rekam medis;Pasal 17\r\n')).toBe(';');
    expect(guessDelimiter('No,Judul,Unit\n1,Visi dan Misi,Humas\n2,Struktur organisasi,Humas\n')).toBe(',');
    expect(guessDelimiter('No\tJudul\n1\tVisi\n2\tMisi\n')).toBe('\t');
  });

  it('counts a quoted line break as part of its record', () => {
    expect(guessDelimiter('No;Informasi\r\n"I.";"Informasi yang bisa\nYaitu, informasi yang dapat :"\r\n1;Menghambat, proses\r\n')).toBe(
      ';',
    );
  });

  it('splits a one-column list at nothing, however many commas its prose holds', () => {
    const text = [
      'Informasi Dikecualikan',
      'Berikut merupakan daftar informasi yang dikecualikan berdasarkan Undang-Undang dan aturan lainnya:',
      'Informasi yang dapat membahayakan negara (UU No 14 Tahun 2008 Pasal 6 ayat (3))',
      'Informasi yang berkaitan dengan hak-hak pribadi (UU No 14 Tahun 2008 Pasal 6 ayat (3)), secara spesifik yaitu isi akta otentik yang bersifat pribadi, kemauan terakhir atau wasiat seseorang, dan rahasia pribadi (UU No 14 Tahun 2008 Pasal 17)',
      'Informasi yang berkaitan dengan rahasia jabatan (UU No 14 Tahun 2008 Pasal 6 ayat (3))',
      '',
    ].join('\r\n');
    const delimiter = guessDelimiter(text);
    expect(text.includes(delimiter)).toBe(false);
    const rows = parseCsv(text, 100, 10) ?? [];
    expect(rows.map((row) => row.length)).toEqual([1, 1, 1, 1, 1]);
    expect(rows[3]?.[0]).toContain(', secara spesifik yaitu');
  });
});
