import { z } from 'zod';
import { agencyFieldsSchema, agencyProfileSchema } from '../domain/agency';
import { appInfoSchema } from '../domain/app';
import { auditEventSchema, auditVerifySchema } from '../domain/audit';
import { settingsSchema } from '../domain/settings';
import { unitFieldsSchema, unitSchema } from '../domain/unit';

/** A method's shape: what it accepts and what it answers. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

const nothing = z.object({}).strict();
const version = z.number().int().nonnegative();

/** The one contract between the renderer and main: every method the archive answers, with its schemas. */
export const contract = {
  'app.info': { input: nothing, output: appInfoSchema },

  'settings.get': { input: nothing, output: settingsSchema },
  'settings.update': { input: z.object({ patch: settingsSchema.partial().strict() }).strict(), output: settingsSchema },

  'agency.get': { input: nothing, output: agencyProfileSchema },
  'agency.update': {
    input: z.object({ fields: agencyFieldsSchema, expectedVersion: version }).strict(),
    output: agencyProfileSchema,
  },

  'unit.list': {
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(unitSchema),
  },
  'unit.create': { input: z.object({ fields: unitFieldsSchema }).strict(), output: unitSchema },
  'unit.update': {
    input: z.object({ id: z.number().int().positive(), fields: unitFieldsSchema, expectedVersion: version }).strict(),
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
  'audit.verify': { input: nothing, output: auditVerifySchema },
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller may send (defaults still optional). */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives after parsing (defaults filled in). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
