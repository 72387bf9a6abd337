import { bilingual, type BilingualParam } from '../i18n/translate';
import { LemariError, type ErrorCode } from './errors';

/**
 * Builds the error for `code` with its words from the dictionaries: by default the
 * generic `err.<code>` text, or a more specific key ("units.nameTaken") when given.
 */
export function lemariError(
  code: ErrorCode,
  options: { key?: string; params?: Record<string, BilingualParam>; field?: string } = {},
): LemariError {
  const words = bilingual(options.key ?? `err.${code}`, options.params);
  return new LemariError(code, words.message, words.messageEn, options.field);
}
