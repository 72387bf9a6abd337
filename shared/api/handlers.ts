import type { SignedIn } from '../domain/auth';
import type { Method, MethodOutput, ParsedInput } from './contract';

/**
 * Who is calling. `actor` is what the audit trail records: the signed-in person's name, or the
 * transport's name for a call with no one signed in (only `open` methods get that far).
 * `channel` names the window or browser tab the call came through; a session belongs to one.
 */
export interface CallContext {
  actor: string;
  user?: SignedIn | null;
  channel?: string;
  /** The session the transport holds for this window or tab, if any; dispatch resolves it. */
  sessionId?: string | null;
}

/** One function per contract method; `satisfies Handlers` fails until every method is implemented. */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, context: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};
