import type { DeclassifyDipFields } from '../../shared/domain/dipColumns';

/** The DIP columns an officer fills when opening an exempted entry (issue 12 item 4). */
export const openedDipFields: DeclassifyDipFields = {
  penanggungJawab: 'Kepala Subbagian Kepegawaian',
  waktu: '2024',
  tempat: 'Subbagian Kepegawaian',
  bentuk: 'both',
  retensiAktif: 2,
  retensiInaktif: 5,
  retensiText: '',
  disposisi: 'musnah',
  jenisMedia: 'Tersedia di Subbagian Kepegawaian',
};
