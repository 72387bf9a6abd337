import type { ApiError } from '../../shared/api/errors';

/** An ApiError raised inside the renderer so React Query and error boundaries can carry it. */
export class ApiFailure extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.error = error;
  }
}

/** The words for an error in the current language. */
export function errorText(error: unknown, language: string): string {
  if (error instanceof ApiFailure) return language === 'en' ? error.error.messageEn : error.error.message;
  return error instanceof Error ? error.message : String(error);
}
