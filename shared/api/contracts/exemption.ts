import { z } from 'zod';
import {
  classificationSchema,
  declassifyInputSchema,
  declassifyResultSchema,
  dueSchema,
  exemptionDetailSchema,
  exemptionFieldsSchema,
  exemptionSchema,
  lineageSchema,
} from '../../domain/exemption';
import { approvalChainSchema } from '../../domain/approval';
import { uploadRefSchema } from '../../domain/upload';
import { roleSchema } from '../../domain/user';
import { isoDateSchema } from '../../domain/workingDays';
import { exemptionListQuerySchema } from '../../domain/listFilter';
import type { MethodSpec } from '../methodSpec';

const id = z.number().int().positive();
const expectedVersion = z.number().int().nonnegative();
const note = z.string().trim().max(2000, { message: 'v.tooLong' });
const none = z.object({}).strict();
const storedChain = approvalChainSchema.extend({ version: z.number().int().nonnegative() });

/**
 * Exempted information (DIK): legal bases, approval, expiry, declassification and the views over
 * exemptions in force. Every workflow method acts as the person signed in on that window or tab
 * (`auth.signIn`), and main checks their roles.
 */
export const exemptionContract = {
  'exemption.list': { input: exemptionListQuerySchema, output: z.array(exemptionSchema) },
  'exemption.get': { input: z.object({ entryId: id }).strict(), output: exemptionDetailSchema },
  /** Creates an exempted entry (category dikecualikan) with its structured exemption, as a draft. */
  'exemption.create': { input: z.object({ fields: exemptionFieldsSchema }).strict(), output: exemptionDetailSchema },
  'exemption.update': {
    input: z.object({ entryId: id, fields: exemptionFieldsSchema, expectedVersion }).strict(),
    output: exemptionDetailSchema,
  },
  'exemption.submit': { input: z.object({ entryId: id, expectedVersion, note }).strict(), output: exemptionDetailSchema },
  'exemption.approve': { input: z.object({ entryId: id, expectedVersion, note }).strict(), output: exemptionDetailSchema },
  /**
   * An approval signed on paper, recorded by the desk: the approver named on the sheet (a profile, or
   * a name for someone without one) in the role written there, and the scan of the signed sheet
   * (a staged upload, stored in the vault in the same transaction). Counts like a signed-in approval.
   */
  'exemption.recordApproval': {
    input: z
      .object({
        entryId: id,
        expectedVersion,
        approver: z
          .object({ userId: id.nullable(), name: z.string().trim().max(200, { message: 'v.tooLong' }), role: roleSchema })
          .strict(),
        signedOn: isoDateSchema,
        note,
        scan: uploadRefSchema,
      })
      .strict(),
    output: exemptionDetailSchema,
  },
  /** Who approves a submission: the roles in order, all or any, in that order or not (Pengaturan → Alur persetujuan). */
  'exemption.approvalChain': { input: none, output: storedChain },
  /** Sets the chain; submissions under way keep the chain they were submitted under. */
  'exemption.setApprovalChain': {
    input: z.object({ chain: approvalChainSchema, expectedVersion }).strict(),
    output: storedChain,
  },
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
} as const satisfies Record<string, MethodSpec>;
