import type { Widen } from '../messages';

/**
 * Every audit action code in words, so the trail reads "SK dicatat", never `decision.create`
 * (`auditActions.test.ts` fails when main records a code that has no words here).
 */
const idStrings = {
  agency: {
    update: 'Profil badan publik diubah',
  },
  archive: {
    seed: 'Data bawaan arsip (dasar Pasal 17, peraturan, hari libur, aturan peran, profil) dicatat',
  },
  auth: {
    failed: 'PIN salah dimasukkan',
    locked: 'Akun dikunci setelah PIN salah berulang',
    setSecret: 'PIN atau kata sandi diatur',
    setupFirst: 'Akun PPID pertama dibuat',
    signIn: 'Masuk ke Lemari',
  },
  backup: {
    create: 'Cadangan dibuat',
    recipient: 'Kunci pemulihan cadangan diatur',
  },
  consequence: {
    conclude: 'Uji Konsekuensi disimpulkan',
    create: 'Uji Konsekuensi dibuat',
    update: 'Uji Konsekuensi diubah',
  },
  decision: {
    attachScan: 'Pindaian SK dilampirkan',
    create: 'SK dicatat',
  },
  document: {
    addFile: 'Berkas naskah ditambahkan',
    create: 'Naskah dicatat',
    linkEntry: 'Naskah dikaitkan dengan entri',
    move: 'Naskah dipindahkan',
    removeFile: 'Berkas naskah dilepas',
    reorderFiles: 'Urutan halaman naskah diubah',
    unlinkEntry: 'Kaitan naskah dengan entri dilepas',
    update: 'Naskah diubah',
  },
  edition: {
    publish: 'Daftar ditetapkan dan diterbitkan',
  },
  entry: {
    create: 'Entri dibuat',
    declassified: 'Entri dibuka dari DIK',
    delete: 'Entri dihapus',
    import: 'Entri diimpor',
    opened: 'Entri DIK dibuka menjadi informasi publik',
    patch: 'Entri diubah langsung di tabel',
    reclassify: 'Entri dikecualikan kembali',
    restore: 'Entri dipulihkan',
    update: 'Entri diubah',
  },
  approval: {
    setChain: 'Alur persetujuan diubah',
  },
  exemption: {
    approve: 'Pengecualian disetujui',
    recordApproval: 'Persetujuan dicatat dari lembar bertanda tangan',
    create: 'Entri dikecualikan dibuat',
    decide: 'Pengecualian ditetapkan dengan SK',
    declassify: 'Informasi dikecualikan dibuka',
    import: 'DIK yang sudah ditetapkan diimpor',
    reclassify: 'Informasi dikecualikan kembali',
    return: 'Pengecualian dikembalikan',
    review: 'Pengecualian ditinjau',
    submit: 'Pengecualian diajukan',
    update: 'Entri dikecualikan diubah',
  },
  holiday: {
    remove: 'Hari libur dihapus',
    save: 'Hari libur disimpan',
  },
  import: {
    commit: 'Impor daftar disimpan',
  },
  inbox: {
    assign: 'Pindaian dari kotak masuk ditempatkan',
    discard: 'Pindaian yang tidak ditetapkan dihapus dari arsip',
  },
  ordner: {
    create: 'Ordner dibuat',
    update: 'Ordner diubah',
  },
  place: {
    create: 'Tempat simpan dibuat',
    update: 'Tempat simpan diubah',
  },
  recovery: {
    restore: 'Arsip dipulihkan dari cadangan',
  },
  reference: {
    saveDocumentType: 'Jenis dokumen disimpan',
    saveStatute: 'Peraturan rujukan disimpan',
    updateGround: 'Dasar Pasal 17 diubah',
  },
  request: {
    answerObjection: 'Keberatan dijawab Atasan PPID',
    create: 'Permohonan informasi dicatat',
    fee: 'Biaya permohonan dicatat',
    letter: 'Surat permohonan dicetak',
    deadlineMoved: 'Batas waktu bergeser karena kalender hari libur diubah',
    registerFile: 'Buku register (data pribadi pemohon) diekspor',
    object: 'Keberatan diajukan',
    registerDispute: 'Sengketa informasi dicatat',
    saveReport: 'Narasi laporan tahunan disimpan',
    update: 'Permohonan informasi diubah',
    updateDispute: 'Sengketa informasi diperbarui',
  },
  settings: {
    update: 'Pengaturan diubah',
  },
  unit: {
    create: 'Unit ditambahkan',
    update: 'Unit diubah',
  },
  user: {
    create: 'Pengguna ditambahkan',
    deactivate: 'Pengguna dinonaktifkan',
    reactivate: 'Pengguna diaktifkan kembali',
    setRule: 'Aturan peran diubah',
    update: 'Pengguna diubah',
  },
  vault: {
    configure: 'Brankas diatur',
    ingest: 'Berkas disimpan di brankas',
    verify: 'Brankas diperiksa',
  },
} as const;

const enStrings = {
  agency: {
    update: 'Public body profile changed',
  },
  archive: {
    seed: 'The archive’s built-in data (Pasal 17 grounds, statutes, holidays, role rules, profile) recorded',
  },
  auth: {
    failed: 'Wrong PIN entered',
    locked: 'Account locked after repeated wrong PINs',
    setSecret: 'PIN or password set',
    setupFirst: 'First PPID account created',
    signIn: 'Signed in to Lemari',
  },
  backup: {
    create: 'Backup made',
    recipient: 'Backup recovery key set',
  },
  consequence: {
    conclude: 'Consequence test concluded',
    create: 'Consequence test drafted',
    update: 'Consequence test changed',
  },
  decision: {
    attachScan: 'Decision scan attached',
    create: 'Decision (SK) recorded',
  },
  document: {
    addFile: 'Document file added',
    create: 'Document recorded',
    linkEntry: 'Document linked to an entry',
    move: 'Document moved',
    removeFile: 'Document file removed',
    reorderFiles: 'Document pages reordered',
    unlinkEntry: 'Document unlinked from an entry',
    update: 'Document changed',
  },
  edition: {
    publish: 'List established and published',
  },
  entry: {
    create: 'Entry created',
    declassified: 'Entry opened from the DIK',
    delete: 'Entry deleted',
    import: 'Entry imported',
    opened: 'DIK entry opened as public information',
    patch: 'Entry changed in the table',
    reclassify: 'Entry exempted again',
    restore: 'Entry restored',
    update: 'Entry changed',
  },
  approval: {
    setChain: 'Approval chain changed',
  },
  exemption: {
    approve: 'Exemption approved',
    recordApproval: 'Approval recorded from the signed sheet',
    create: 'Exempted entry created',
    decide: 'Exemption fixed by decision',
    declassify: 'Exempted information opened',
    import: 'An established DIK imported',
    reclassify: 'Information exempted again',
    return: 'Exemption returned',
    review: 'Exemption reviewed',
    submit: 'Exemption submitted',
    update: 'Exempted entry changed',
  },
  holiday: {
    remove: 'Holiday removed',
    save: 'Holiday saved',
  },
  import: {
    commit: 'List import committed',
  },
  inbox: {
    assign: 'Inbox scan filed',
    discard: 'Unassigned scan removed from the archive',
  },
  ordner: {
    create: 'Ordner created',
    update: 'Ordner changed',
  },
  place: {
    create: 'Storage place created',
    update: 'Storage place changed',
  },
  recovery: {
    restore: 'Archive restored from a backup',
  },
  reference: {
    saveDocumentType: 'Document type saved',
    saveStatute: 'Reference statute saved',
    updateGround: 'Pasal 17 ground changed',
  },
  request: {
    answerObjection: 'Objection answered by the PPID’s superior',
    create: 'Information request recorded',
    fee: 'Request fee recorded',
    letter: 'Request letter printed',
    deadlineMoved: 'Deadline moved by a holiday calendar edit',
    registerFile: 'Register book (requesters’ personal data) exported',
    object: 'Objection filed',
    registerDispute: 'Information dispute recorded',
    saveReport: 'Annual report narrative saved',
    update: 'Information request changed',
    updateDispute: 'Information dispute updated',
  },
  settings: {
    update: 'Settings changed',
  },
  unit: {
    create: 'Unit added',
    update: 'Unit changed',
  },
  user: {
    create: 'User added',
    deactivate: 'User deactivated',
    reactivate: 'User reactivated',
    setRule: 'Role rule changed',
    update: 'User changed',
  },
  vault: {
    configure: 'Vault configured',
    ingest: 'File stored in the vault',
    verify: 'Vault verified',
  },
} satisfies Widen<typeof idStrings>;

export const auditActionStrings = { id: idStrings, en: enStrings };
