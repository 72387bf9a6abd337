import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure, errorText } from '../api/ApiFailure';

/**
 * Puts a refusal from main under the field it names ("fields.judul" → the Judul field) when the form
 * has that field; answers whether it did, so the caller shows the rest next to the button.
 */
export function placeServerError<T extends FieldValues>(
  error: unknown,
  language: string,
  fieldNames: readonly string[],
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiFailure) || !error.error.field) return false;
  const name = error.error.field.replace(/^fields\./, '').split('.')[0] ?? '';
  if (!fieldNames.includes(name)) return false;
  setError(name as Path<T>, { type: 'server', message: errorText(error, language) });
  return true;
}
