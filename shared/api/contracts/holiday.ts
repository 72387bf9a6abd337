import { z } from 'zod';
import { holidaySchema, isoDateSchema } from '../../domain/workingDays';
import type { MethodSpec } from '../methodSpec';

/** The holiday calendar working-day periods are counted on. */
export const holidayContract = {
  'holiday.list': {
    input: z.object({ year: z.number().int().min(1900).max(2200).nullable().default(null) }).strict(),
    output: z.array(holidaySchema),
  },
  'holiday.save': { input: z.object({ holiday: holidaySchema }).strict(), output: holidaySchema },
  'holiday.remove': { input: z.object({ date: isoDateSchema }).strict(), output: z.object({ removed: z.boolean() }) },
} as const satisfies Record<string, MethodSpec>;
