import { z } from 'zod';
import { timeZoneSchema } from './timeZone';

/**
 * A civil-servant number (NIP) is 18 digits; offices print it with spaces
 * ("19800101 200501 1 001"). Empty is allowed: not every officer is a PNS.
 */
export const nipSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{18}$/.test(value.replace(/\s+/g, '')), { message: 'v.nip' });

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });

/** Logos are small images kept with the profile; the kop surat of every printed list uses them. */
export const logoSchema = z
  .string()
  .max(1_500_000, { message: 'v.logoTooLarge' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'v.logoType' });

export const agencyFieldsSchema = z.object({
  bodyName: text(200),
  unitName: text(200),
  address: text(500),
  city: text(100),
  phone: text(50),
  email: z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), z.email({ message: 'v.email' })])),
  website: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^https?:\/\/\S+$/i, { message: 'v.url' }),
  ]),
  logo: logoSchema.nullable(),
  ppidName: text(200),
  ppidNip: nipSchema,
  superiorName: text(200),
  superiorPosition: text(200),
  superiorNip: nipSchema,
  /** WIB, WITA or WIT; null = read from the city/address/name (`agencyZone`). */
  timeZone: timeZoneSchema.nullable(),
});

export const agencyProfileSchema = agencyFieldsSchema.extend({
  version: z.number().int().nonnegative(),
  updatedAt: z.string().nullable(),
});

export type AgencyFields = z.infer<typeof agencyFieldsSchema>;
export type AgencyProfile = z.infer<typeof agencyProfileSchema>;

export const emptyAgencyFields: AgencyFields = {
  bodyName: '',
  unitName: '',
  address: '',
  city: '',
  phone: '',
  email: '',
  website: '',
  logo: null,
  ppidName: '',
  ppidNip: '',
  superiorName: '',
  superiorPosition: '',
  superiorNip: '',
  timeZone: null,
};
