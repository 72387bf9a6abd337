import { describe, expect, it } from 'vitest';
import { emptyAgencyFields } from '../../../shared/domain/agency';
import { localDate, zoneFromPlace } from '../../../shared/domain/timeZone';
import { dispatchCore } from '../../../test/support/dispatchCore';

describe("the body's own today", () => {
  it('reads the zone from the place', () => {
    expect(zoneFromPlace('Pemerintah Kabupaten Bulukumba')).toBe('WITA');
    expect(zoneFromPlace('KPU Kabupaten Pinrang, Sulawesi Selatan')).toBe('WITA');
    expect(zoneFromPlace('Kota Jayapura')).toBe('WIT');
    expect(zoneFromPlace('Kabupaten Bandung')).toBe('WIB');
    // A word inside another word is not a match ("Bone" in "Bonebolango"-like names is read per word).
    expect(zoneFromPlace('Kecamatan Baliwerti')).toBe('WIB');
    expect(localDate(new Date('2025-04-10T23:30:00Z'), 'WITA')).toBe('2025-04-11');
    expect(localDate(new Date('2025-04-10T23:30:00Z'), 'WIB')).toBe('2025-04-11');
    expect(localDate(new Date('2025-04-10T16:30:00Z'), 'WIB')).toBe('2025-04-10');
    expect(localDate(new Date('2025-04-10T16:30:00Z'), 'WITA')).toBe('2025-04-11');
  });

  it('counts due dates from the WITA date at 16:30 UTC for Bulukumba (WIB would still say the day before)', async () => {
    const desk = dispatchCore('2025-04-10T16:30:00Z');
    await desk.firstPpid({ name: 'Rina Marlina' });
    const { call } = desk;
    expect((await call('exemption.due', {})).asOf).toBe('2025-04-10');
    const profile = await call('agency.get', {});
    await call('agency.update', {
      fields: { ...emptyAgencyFields, bodyName: 'Pemerintah Kabupaten Bulukumba', city: 'Bulukumba' },
      expectedVersion: profile.version,
    });
    expect((await call('exemption.due', {})).asOf).toBe('2025-04-11');
    // The renderer's default dates come from main's clock in the same zone.
    expect((await call('app.info', {})).today).toBe('2025-04-11');
    // A zone set in the profile wins over the place.
    const named = await call('agency.get', {});
    expect(named.timeZone).toBeNull();
    await call('agency.update', {
      fields: { ...emptyAgencyFields, bodyName: 'Pemerintah Kabupaten Bulukumba', timeZone: 'WIB' },
      expectedVersion: named.version,
    });
    expect((await call('exemption.due', {})).asOf).toBe('2025-04-10');
  });
});
