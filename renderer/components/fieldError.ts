import type { FieldError } from 'react-hook-form';
import type { TFunction } from 'i18next';

/** Shared schemas put dictionary keys ("v.nip") in their messages; show them in the reader's language. */
export function fieldError(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error?.message) return undefined;
  return /^v\.\w+$/.test(error.message) ? t(error.message) : error.message;
}
