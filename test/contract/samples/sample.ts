import type { Method, MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { ErrorCode } from '../../../shared/api/errors';
import type { Harness } from '../transports';

/** What a sample may use to set up the rows its call needs: the same transport the call goes over. */
export interface SampleContext {
  harness: Harness;
  /** A prerequisite call that must succeed (it throws with the error's words otherwise). */
  call: <M extends Method>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
  stage: (bytes: Buffer, name: string) => Promise<{ uploadId: string }>;
  /** A fresh empty folder outside the archive (inbox, restore targets). */
  scratch: () => string;
  /** Later calls act as this person, signed in with their PIN on the same window (null: nobody). */
  signInAs: (person: { userId: number; pin: string } | null) => Promise<void>;
}

/**
 * One valid call of method M. `input` builds the input, first making any rows it needs; `check` may
 * look further at the answer, which the suite has already parsed with the method's output schema.
 * `refusal` only for a method a fresh archive rightly refuses (say why); prefer a real success.
 */
export interface Sample<M extends Method> {
  input(ctx: SampleContext): Promise<MethodInput<M>> | MethodInput<M>;
  check?(output: MethodOutput<M>, ctx: SampleContext): Promise<void> | void;
  refusal?: { code: ErrorCode; why: string };
}

/** Samples keyed by method name; `Samples` with every method is what the suite demands (see index.ts). */
export type Samples<K extends Method = Method> = { [M in K]: Sample<M> };
export type SomeSamples = Partial<Samples>;
