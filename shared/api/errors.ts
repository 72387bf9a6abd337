/** The closed set of failures that may cross a process boundary, each with words a records officer understands. */
export const errorCodes = [
  'unknown_method',
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'signed_out',
  'archive_in_use',
  'archive_too_new',
  'archive_corrupt',
  'archive_read_only',
  'disk_full',
  'unsupported_file',
  'too_large',
  'disconnected',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** An error as data: `message` is Bahasa Indonesia (the app's first language), `messageEn` English. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  messageEn: string;
  /** Dotted path of the input field at fault, for validation errors shown at the field. */
  field?: string;
}

/** Thrown inside main; dispatch turns it into an ApiError. Never crosses a boundary as an exception. */
export class LemariError extends Error {
  readonly code: ErrorCode;
  readonly messageEn: string;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, messageEn: string, field?: string) {
    super(message);
    this.name = 'LemariError';
    this.code = code;
    this.messageEn = messageEn;
    this.field = field;
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message, messageEn: this.messageEn };
    if (this.field !== undefined) error.field = this.field;
    return error;
  }
}

export function isLemariError(value: unknown): value is LemariError {
  return value instanceof LemariError;
}
