import type { Method, MethodOutput, ParsedInput } from './contract';

/** Who is calling: the actor recorded in the audit trail. */
export interface CallContext {
  actor: string;
}

/** One function per contract method; `satisfies Handlers` fails until every method is implemented. */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, context: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};
