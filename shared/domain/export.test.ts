import { describe, expect, it } from 'vitest';
import { issuerName } from './export';

describe('issuerName: the issuer named once on the LAMPIRAN KEPUTUSAN line', () => {
  it('joins a head of the body with the body, naming the shared words once', () => {
    expect(issuerName('Kepala Dinas', 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju')).toBe(
      'Kepala Dinas Komunikasi dan Informatika Kabupaten Sukamaju',
    );
  });

  it('keeps a position that already names its region: the Sekda signs for the Kabupaten, not for the Dinas', () => {
    const body = 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Bulukumba';
    expect(issuerName('Sekretaris Daerah Kabupaten Bulukumba', body)).toBe('Sekretaris Daerah Kabupaten Bulukumba');
    expect(issuerName('Wali Kota Kupang', 'Dinas Kominfo Kota Kupang')).toBe('Wali Kota Kupang');
  });

  it('keeps a position that already holds the body name', () => {
    expect(issuerName('Ketua KPU Kabupaten Pinrang', 'KPU Kabupaten Pinrang')).toBe('Ketua KPU Kabupaten Pinrang');
  });
});
