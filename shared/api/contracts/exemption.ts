import { z } from 'zod';
import { actRolesSchema, actSchema, roleRulesSchema } from '../../domain/approval';
import {
  classificationSchema,
  consequenceTestSchema,
  decisionFieldsSchema,
  decisionSchema,
  declassifyInputSchema,
  declassifyResultSchema,
  dueSchema,
  exemptionDetailSchema,
  exemptionFieldsSchema,
  exemptionListFilterSchema,
  exemptionSchema,
  lineageSchema,
  testFieldsSchema,
} from '../../domain/exemption';
import { groundEditSchema, groundSchema } from '../../domain/pasal17';
import { userFieldsSchema, userSchema } from '../../domain/user';
import { uploadRefSchema } from '../../domain/upload';
import { holidaySchema, isoDateSchema } from '../../domain/workingDays';
import type { MethodSpec } from '../methodSpec';

const id = z.number().int().positive();
const expectedVersion = z.number().int().nonnegative();
const note = z.string().trim().max(2000, { message: 'v.tooLong' });
const none = z.object({}).strict();

/**
 * Exempted information (DIK): legal bases, consequence tests, approval, decisions (SK), expiry and
 * declassification, with the local user profiles and the reference data they rest on. Every workflow
 * method acts as the person signed in on that window or tab (`auth.signIn`) and main checks their roles.
 */
export const exemptionContract = {
  'user.list': { input: z.object({ includeInactive: z.boolean().default(false) }).strict(), output: z.array(userSchema) },
  'user.create': { input: z.object({ fields: userFieldsSchema }).strict(), output: userSchema },
  'user.update': { input: z.object({ id, fields: userFieldsSchema, expectedVersion }).strict(), output: userSchema },
  /** Chooses who is working at the laptop now; every later workflow call acts as this profile. */
  'user.active': { input: none, output: userSchema.nullable() },
  'user.rules': { input: none, output: roleRulesSchema },
  'user.setRule': { input: z.object({ act: actSchema, roles: actRolesSchema }).strict(), output: roleRulesSchema },

  'reference.grounds': { input: z.object({ includeInactive: z.boolean().default(false) }).strict(), output: z.array(groundSchema) },
  'reference.updateGround': { input: z.object({ ground: groundEditSchema }).strict(), output: groundSchema },
  'reference.statutes': { input: none, output: z.array(z.object({ id, text: z.string(), active: z.boolean() })) },
  'reference.saveStatute': {
    input: z
      .object({
        id: id.nullable(),
        text: z.string().trim().min(1, { message: 'v.required' }).max(300, { message: 'v.tooLong' }),
        active: z.boolean(),
      })
      .strict(),
    output: z.object({ id, text: z.string(), active: z.boolean() }),
  },
  'holiday.list': {
    input: z.object({ year: z.number().int().min(1900).max(2200).nullable().default(null) }).strict(),
    output: z.array(holidaySchema),
  },
  'holiday.save': { input: z.object({ holiday: holidaySchema }).strict(), output: holidaySchema },
  'holiday.remove': { input: z.object({ date: isoDateSchema }).strict(), output: z.object({ removed: z.boolean() }) },

  'exemption.list': { input: exemptionListFilterSchema, output: z.array(exemptionSchema) },
  'exemption.get': { input: z.object({ entryId: id }).strict(), output: exemptionDetailSchema },
  /** Creates an exempted entry (category dikecualikan) with its structured exemption, as a draft. */
  'exemption.create': { input: z.object({ fields: exemptionFieldsSchema }).strict(), output: exemptionDetailSchema },
  'exemption.update': {
    input: z.object({ entryId: id, fields: exemptionFieldsSchema, expectedVersion }).strict(),
    output: exemptionDetailSchema,
  },
  'exemption.submit': { input: z.object({ entryId: id, expectedVersion, note }).strict(), output: exemptionDetailSchema },
  'exemption.approve': { input: z.object({ entryId: id, expectedVersion, note }).strict(), output: exemptionDetailSchema },
  /** Sends it back to the drafter; the note says what to fix. */
  'exemption.return': {
    input: z.object({ entryId: id, expectedVersion, note: note.min(1, { message: 'v.required' }) }).strict(),
    output: exemptionDetailSchema,
  },
  /** A person looked at a conditional exemption this year ("until consent" still holds). */
  'exemption.review': { input: z.object({ entryId: id, expectedVersion, note }).strict(), output: exemptionDetailSchema },
  'exemption.classify': { input: none, output: classificationSchema },
  /** Ended, ending within N working days, conditionals not reviewed this year. `asOf` defaults to today. */
  'exemption.due': {
    input: z
      .object({ asOf: isoDateSchema.nullable().default(null), withinWorkingDays: z.number().int().min(0).max(400).default(30) })
      .strict(),
    output: dueSchema,
  },
  /** The one action that opens an exempted entry: decision recorded, DIP entry created and linked, history both ways. */
  'exemption.declassify': { input: declassifyInputSchema, output: declassifyResultSchema },
  /** Public → exempted: allowed only on a concluded test that found the entry exempt. */
  'exemption.reclassify': { input: z.object({ entryId: id, testId: id }).strict(), output: exemptionDetailSchema },

  /** The former DIK entry of a DIP entry (or the DIP entry a DIK entry became), with both histories. */
  'exemption.lineage': { input: z.object({ entryId: id }).strict(), output: lineageSchema },

  'consequence.list': { input: none, output: z.array(consequenceTestSchema) },
  'consequence.get': { input: z.object({ id }).strict(), output: consequenceTestSchema },
  'consequence.create': { input: z.object({ fields: testFieldsSchema }).strict(), output: consequenceTestSchema },
  'consequence.update': { input: z.object({ id, fields: testFieldsSchema, expectedVersion }).strict(), output: consequenceTestSchema },
  /** Refused while anything in `missing` remains; a concluded test is frozen. */
  'consequence.conclude': { input: z.object({ id, expectedVersion }).strict(), output: consequenceTestSchema },
  /** The Lembar Pengujian Konsekuensi as a PDF ready to sign. */
  'consequence.sheet': { input: z.object({ id }).strict(), output: z.object({ fileName: z.string(), pdfBase64: z.string() }) },

  'decision.list': { input: none, output: z.array(decisionSchema) },
  /**
   * Records an SK fixing approved entries; the duration of SK-anchored periods then runs from its date.
   * `scan`, a staged upload of the signed SK, is stored in the vault in the same transaction.
   */
  'decision.create': {
    input: z.object({ fields: decisionFieldsSchema, scan: uploadRefSchema.nullable().default(null) }).strict(),
    output: decisionSchema,
  },
  /** Attaches (or replaces) the signed scan of a recorded SK: stored in the vault, its hash kept on the decision. */
  'decision.attachScan': { input: z.object({ id, upload: uploadRefSchema }).strict(), output: decisionSchema },
} as const satisfies Record<string, MethodSpec>;
