import { z } from 'zod';
import { agencyFieldsSchema, agencyProfileSchema } from '../../domain/agency';
import { appInfoSchema } from '../../domain/app';
import { auditEventSchema, auditVerifySchema } from '../../domain/audit';
import { settingsSchema } from '../../domain/settings';
import { unitFieldsSchema, unitSchema } from '../../domain/unit';
import type { MethodSpec } from '../methodSpec';

export const noInput = z.object({}).strict();
export const versionSchema = z.number().int().nonnegative();

/** The foundation's methods: archive facts, settings, agency profile, units, audit trail. */
export const coreContract = {
  'app.info': { input: noInput, output: appInfoSchema },

  'settings.get': { input: noInput, output: settingsSchema },
  'settings.update': { input: z.object({ patch: settingsSchema.partial().strict() }).strict(), output: settingsSchema },

  'agency.get': { input: noInput, output: agencyProfileSchema },
  'agency.update': {
    input: z.object({ fields: agencyFieldsSchema, expectedVersion: versionSchema }).strict(),
    output: agencyProfileSchema,
  },

  'unit.list': {
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(unitSchema),
  },
  'unit.create': { input: z.object({ fields: unitFieldsSchema }).strict(), output: unitSchema },
  'unit.update': {
    input: z.object({ id: z.number().int().positive(), fields: unitFieldsSchema, expectedVersion: versionSchema }).strict(),
    output: unitSchema,
  },

  'audit.list': {
    input: z
      .object({
        entityType: z.string().max(50).optional(),
        entityId: z.string().max(100).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.array(auditEventSchema),
  },
  'audit.verify': { input: noInput, output: auditVerifySchema },
} as const satisfies Record<string, MethodSpec>;
