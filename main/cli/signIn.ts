import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Method, MethodInput, MethodOutput } from '../../shared/api/contract';
import { LemariError } from '../../shared/api/errors';
import type { CallContext } from '../../shared/api/handlers';
import type { AuthStatus, Session } from '../../shared/domain/auth';
import type { Core } from '../core/createCore';
import { createDispatch } from '../transport/dispatch';
import { UsageError } from './io';

/** `--user NAME --pin-stdin`: who runs a command that changes the archive (issue 13). */
export const userOptions = { user: { type: 'string' }, 'pin-stdin': { type: 'boolean', default: false } } as const;

let stdinLines: Promise<string[]> | null = null;

/** The next line of stdin (`printf '246810\n135790\n' | lemari user add …`: the signer's PIN, then the new one). */
async function readStdinLine(): Promise<string> {
  stdinLines ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  })();
  const line = (await stdinLines).shift();
  if (line === undefined || line === '') throw new UsageError('PIN tidak ada di stdin / no PIN on stdin');
  return line;
}

/** Asks on the terminal with nothing echoed. */
function askHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** The PIN from stdin when `--pin-stdin`, else asked on a terminal; refused when neither is possible. */
export async function readSecret(pinStdin: boolean, prompt = 'PIN: '): Promise<string> {
  if (pinStdin) return readStdinLine();
  if (process.stdin.isTTY) return askHidden(prompt);
  throw new UsageError('PIN: pakai --pin-stdin atau jalankan di terminal / use --pin-stdin or run on a terminal');
}

export type CliCall = <M extends Method>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** Dispatch on the CLI's own channel, as the other transports do: the policy table and the roles apply. */
export function cliCaller(core: Core, sessionId: string | null = null): { call: CliCall; context: CallContext } {
  const dispatch = createDispatch(core);
  const context: CallContext = { actor: 'cli', channel: 'cli', sessionId };
  const call: CliCall = async (method, input) => {
    const result = await dispatch(method, input, context);
    if (!result.ok) throw new LemariError(result.error.code, result.error.message, result.error.messageEn, result.error.field);
    return result.value as never;
  };
  return { call, context };
}

/** Signs `--user` in with the PIN; the returned `call` acts as that person. */
export async function signInCli(
  core: Core,
  values: { user?: string | undefined; 'pin-stdin'?: boolean | undefined },
): Promise<{ call: CliCall; session: Session }> {
  if (!values.user) throw new UsageError('sebutkan --user NAMA / name --user NAME (a person with a PIN)');
  const { call } = cliCaller(core);
  const status: AuthStatus = await call('auth.status', {});
  const person = status.people.find((p) => p.name.toLocaleLowerCase('id') === values.user?.toLocaleLowerCase('id'));
  const secret = await readSecret(values['pin-stdin'] === true);
  // An unknown name answers like a wrong PIN: the CLI tells no more than the sign-in screen.
  const session = await call('auth.signIn', { userId: person?.id ?? 2 ** 31 - 1, secret });
  return { call: cliCaller(core, session.sessionId).call, session };
}
