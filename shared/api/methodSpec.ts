import type { z } from 'zod';

/** A method's shape: what it accepts and what it answers. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}
