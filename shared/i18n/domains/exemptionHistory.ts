import type { Widen } from '../messages';

/** The entry page's history (exemption.lineage) in words: one line per audit action on the entry, both ways. */
const id = {
  entry_create: 'Entri dibuat',
  entry_update: 'Entri diubah',
  entry_declassified: 'Masuk DIP karena dibuka',
  entry_opened: 'Dibuka menjadi informasi publik',
  entry_reclassify: 'Dikecualikan kembali',
  entry_delete: 'Entri dihapus',
  entry_restore: 'Entri dipulihkan',
  exemption_create: 'Pengecualian disusun',
  exemption_update: 'Pengecualian diubah',
  exemption_submit: 'Diajukan',
  exemption_approve: 'Persetujuan diberikan',
  exemption_recordApproval: 'Persetujuan dicatat dari kertas',
  exemption_return: 'Dikembalikan',
  exemption_review: 'Ditinjau',
  exemption_decide: 'Ditetapkan dengan SK',
  exemption_declassify: 'Dibuka dengan keputusan',
  exemption_reclassify: 'Dikecualikan kembali',
  exemption_import: 'Diimpor dari DIK yang sudah ditetapkan',
} as const;

const en = {
  entry_create: 'Entry created',
  entry_update: 'Entry edited',
  entry_declassified: 'Joined the DIP when opened',
  entry_opened: 'Opened as public information',
  entry_reclassify: 'Exempted again',
  entry_delete: 'Entry deleted',
  entry_restore: 'Entry restored',
  exemption_create: 'Exemption drafted',
  exemption_update: 'Exemption edited',
  exemption_submit: 'Submitted',
  exemption_approve: 'Approval given',
  exemption_recordApproval: 'Approval recorded from paper',
  exemption_return: 'Returned',
  exemption_review: 'Reviewed',
  exemption_decide: 'Fixed by decision (SK)',
  exemption_declassify: 'Opened by decision',
  exemption_reclassify: 'Exempted again',
  exemption_import: 'Imported from an established DIK',
} as const satisfies Widen<typeof id>;

/** Kept beside exemption.id.ts / .en.ts so those stay under 400 lines. */
export const exemptionHistoryStrings = { id, en };
