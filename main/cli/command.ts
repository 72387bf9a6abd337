import type { CliIo } from './io';

/** One `lemari <name>` command; each lives in its own file under commands/. */
export interface Command {
  name: string;
  /** One line, Indonesian / English, for `lemari help`. */
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
