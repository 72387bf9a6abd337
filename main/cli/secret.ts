import type { CliIo } from './io';

/** A CLI io that can also hand over standard input (tests pass their own). */
export interface SecretIo extends CliIo {
  stdin?: () => Promise<string>;
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The first line of standard input, for `--passphrase-stdin`: a secret never goes in argv (ps, shell history). */
export async function secretFromStdin(io: SecretIo): Promise<string> {
  const text = await (io.stdin ?? readProcessStdin)();
  return (text.split(/\r?\n/)[0] ?? '').trim();
}
