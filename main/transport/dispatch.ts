import { contract, isMethod } from '../../shared/api/contract';
import { isLemariError, type ApiError } from '../../shared/api/errors';
import type { CallContext, Handlers } from '../../shared/api/handlers';
import { lemariError } from '../../shared/api/raise';
import { accessOf } from '../../shared/api/policy';
import { fail, ok, type Result } from '../../shared/api/result';
import type { Act } from '../../shared/domain/approval';
import type { SignedIn } from '../../shared/domain/auth';
import { issueField, issueKey } from '../../shared/api/validation';
import { actWords, fieldWords, roleWords } from '../../shared/i18n/fieldLabel';
import { translate } from '../../shared/i18n/translate';
import { runAsCaller } from '../core/auth/callScope';
import { toArchiveError } from '../core/db/connection';

/** `context` is the transport's: its name, its channel (window or tab) and the session it holds. */
export type Dispatch = (method: unknown, input: unknown, context: CallContext) => Promise<Result<unknown>>;

/** Who is signed in on a call, and whether their roles allow an act; the core's auth service. */
export interface AccessGate {
  /** `touch` false: a status poll that must not keep an idle session alive. */
  resolve(context: CallContext, touch?: boolean): SignedIn | null;
  mayAct(user: SignedIn, act: Act): boolean;
  /** Which roles may `act`: a refusal names them as the role table on screen does. */
  allowedRoles(act: Act): readonly string[];
}

/** What dispatch is built from: a Core or an ArchiveSession has both. */
export interface DispatchTarget {
  handlers: Handlers;
  gate: AccessGate;
}

/** The first problem, named by the label the officer sees on the form (never the input path). */
function validationError(method: string, issues: readonly import('zod').z.core.$ZodIssue[]): ApiError {
  const issue = issues[0];
  const field = issue ? issueField(issue) : 'input';
  const key = issue ? issueKey(issue) : 'v.invalid';
  const label = fieldWords(method, field);
  return lemariError('invalid_input', {
    field,
    params: { field: label, detail: { id: translate('id', key), en: translate('en', key) } },
  }).toApiError();
}

/**
 * The single place untrusted input becomes a typed call. Unknown method, invalid input
 * and handler failures all come back as data; no exception or stack crosses a transport.
 */
export interface DispatchOptions {
  log?: (message: string, error: unknown) => void;
  /**
   * Tests only (the contract suite and the test core factories turn it on): every handler's answer is
   * parsed with the method's output schema, and a mismatch comes back as an `internal` error naming the
   * method and the field, so a handler cannot drift from its contract unnoticed. Off in the app: the
   * answer is ours, and parsing every list twice would cost time for nothing.
   */
  checkOutput?: boolean;
}

export function createDispatch(target: DispatchTarget, options: DispatchOptions | DispatchOptions['log'] = {}): Dispatch {
  const { log = defaultLog, checkOutput = false } = typeof options === 'function' ? { log: options } : options;
  const { handlers, gate } = target;
  return async (method, input, transportContext) => {
    if (typeof method !== 'string' || !isMethod(method)) {
      return fail(lemariError('unknown_method', { params: { method: String(method).slice(0, 80) } }).toApiError());
    }
    try {
      // The policy table before the input: a caller with no right learns nothing about the method's shape.
      const user = gate.resolve(transportContext, method !== 'auth.status');
      const access = accessOf(method);
      if (access !== 'open' && !user) return fail(lemariError('signed_out').toApiError());
      if (typeof access === 'object' && user && !gate.mayAct(user, access.act)) {
        const params = { name: user.name, act: actWords(access.act), roles: roleWords(gate.allowedRoles(access.act)) };
        return fail(lemariError('forbidden', { key: 'exemption.err.roleRefused', params }).toApiError());
      }
      const parsed = contract[method].input.safeParse(input === undefined ? {} : input);
      if (!parsed.success) return fail(validationError(method, parsed.error.issues));
      // The audit actor is the person, never the OS account; a caller cannot name someone else.
      const context: CallContext = {
        actor: user ? user.name : transportContext.actor,
        user,
        channel: transportContext.channel ?? '',
        sessionId: transportContext.sessionId ?? null,
      };
      const handler = handlers[method] as (input: unknown, context: CallContext) => unknown;
      const value: unknown = await runAsCaller(user, () => handler(parsed.data, context));
      if (checkOutput) {
        const mismatch = outputMismatch(method, value);
        if (mismatch) {
          log(mismatch.messageEn, value);
          return fail(mismatch);
        }
      }
      return ok(value);
    } catch (error) {
      if (isLemariError(error)) return fail(error.toApiError());
      const archiveError = toArchiveError(error);
      if (archiveError) return fail(archiveError.toApiError());
      log(`${method} failed`, error);
      return fail(lemariError('internal').toApiError());
    }
  };
}

/** The handler's answer against its output schema; the detail is for the developer reading a failed test. */
function outputMismatch(method: keyof typeof contract, value: unknown): ApiError | null {
  const checked = contract[method].output.safeParse(value);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : '';
  const error = lemariError('internal').toApiError();
  error.messageEn = `output of ${method} does not match its contract schema: ${where}`;
  error.message = `${error.message} [output ${method}: ${where}]`;
  return error;
}

function defaultLog(message: string, error: unknown): void {
  console.error(`[lemari] ${message}:`, error);
}
