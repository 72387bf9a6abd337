import { describe, expect, it } from 'vitest';
import { decisionMatches, foldText, matchesSearch, testMatches } from './listFilter';

describe('list search', () => {
  it('matches every word in any order, ignoring case, accents and extra spaces', () => {
    expect(matchesSearch('gaji  PEGAWAI', ['Data gaji dan rekening pegawai'])).toBe(true);
    expect(matchesSearch('pegawai gaji', ['Data gaji', 'rekening pegawai'])).toBe(true);
    expect(matchesSearch('rékening', ['Nomor rekening bank'])).toBe(true);
    expect(matchesSearch('gaji honorer', ['Data gaji pegawai'])).toBe(false);
    expect(matchesSearch('   ', ['anything'])).toBe(true);
    expect(matchesSearch('x', [null, undefined])).toBe(false);
  });

  it('keeps the slashes and dots of an SK number, so a number is found by its parts', () => {
    expect(foldText('555/112/Diskominfo-SP/IV/2025')).toBe('555/112/diskominfo-sp/iv/2025');
    expect(matchesSearch('112/diskominfo', ['555/112/Diskominfo-SP/IV/2025'])).toBe(true);
    expect(matchesSearch('1050 tahun 2024', ['Keputusan KPU Nomor 1050 Tahun 2024'])).toBe(true);
  });

  it('filters tests by year held, status and the words of their entries and participants', () => {
    const test = {
      id: 7,
      heldOn: '2025-04-10',
      place: 'Ruang rapat PPID',
      documentExamined: 'Daftar gaji pegawai 2024',
      requestRef: '',
      participants: [{ name: 'Rina Marlina', role: 'PPID', unit: '' }],
      entries: [{ id: 1, judul: 'Data rekening pegawai', category: 'dikecualikan' as const }],
      concludedAt: null,
    };
    const all = { search: '', year: null, status: null };
    expect(testMatches(test, { ...all, search: 'UK-0007' })).toBe(true);
    expect(testMatches(test, { ...all, search: 'rina rekening' })).toBe(true);
    expect(testMatches(test, { ...all, year: 2025 })).toBe(true);
    expect(testMatches(test, { ...all, year: 2024 })).toBe(false);
    expect(testMatches(test, { ...all, status: 'draft' })).toBe(true);
    expect(testMatches(test, { ...all, status: 'concluded' })).toBe(false);
    expect(testMatches({ ...test, heldOn: null }, { ...all, year: 2025 })).toBe(false);
  });

  it('filters SKs by year of their date and whether the signed scan is attached', () => {
    const sk = {
      number: '300/1864/IV/2025',
      date: '2025-04-14',
      signerName: 'Sri Wahyuni',
      signerPosition: 'Sekretaris Daerah',
      scanSha256: null,
    };
    const all = { search: '', year: null, scan: null };
    expect(decisionMatches(sk, { ...all, search: 'sekretaris 1864' })).toBe(true);
    expect(decisionMatches(sk, { ...all, year: 2026 })).toBe(false);
    expect(decisionMatches(sk, { ...all, scan: 'without' })).toBe(true);
    expect(decisionMatches(sk, { ...all, scan: 'with' })).toBe(false);
    expect(decisionMatches({ ...sk, scanSha256: 'a'.repeat(64) }, { ...all, scan: 'with' })).toBe(true);
  });
});
