/** The DIK entry page's "Uji dan SK" card: what an exempted entry rests on (issue 12 item 5). */
const id = {
  title: 'Uji dan SK',
  tests: 'Uji Konsekuensi',
  noTest: 'Belum ada Uji Konsekuensi',
  upstream: 'Tanpa uji lokal: berdasarkan {{decision}}',
  notConcluded: 'belum disimpulkan',
  openSheet: 'Buka lembar uji {{code}} (PDF)',
  decision: 'SK',
  decisionLine: '{{number}} tanggal {{date}}',
  restsOn: 'berdasarkan {{tests}}',
  noDecision: 'Belum ada SK yang dicatat',
};

const en = {
  title: 'Test and SK',
  tests: 'Consequence test',
  noTest: 'No consequence test yet',
  upstream: 'No local test: rests on {{decision}}',
  notConcluded: 'not concluded',
  openSheet: 'Open the test sheet {{code}} (PDF)',
  decision: 'SK',
  decisionLine: '{{number}} dated {{date}}',
  restsOn: 'rests on {{tests}}',
  noDecision: 'No SK recorded yet',
} satisfies Record<keyof typeof id, string>;

export const exemptionLinksStrings = { id, en };
