import { isLemariError } from '../../shared/api/errors';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A failure as an officer reads it: Indonesian first, English beneath; never a stack for known errors. */
export function reportError(io: CliIo, error: unknown): number {
  if (isLemariError(error)) {
    io.err(`Galat: ${error.message}`);
    io.err(`Error: ${error.messageEn}`);
    return 1;
  }
  io.err('Galat: terjadi kesalahan tak terduga. / Error: an unexpected error occurred.');
  io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
