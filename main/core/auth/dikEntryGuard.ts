import type { Handlers } from '../../../shared/api/handlers';
import { lemariError } from '../../../shared/api/raise';
import type { Act } from '../../../shared/domain/approval';
import type { SignedIn } from '../../../shared/domain/auth';
import type { Entry } from '../../../shared/domain/entry';
import { signedInCaller } from './callScope';

type EntryWrites = 'entry.create' | 'entry.update' | 'entry.patch' | 'entry.delete' | 'entry.restore';

export interface DikGuardDeps {
  get(id: number): Entry | null;
  mayAct(user: SignedIn, act: Act): boolean;
}

/** Exempted information, as the DIK and the expiry reminders see it (an opened row is public again). */
export function isDikRow(entry: Entry): boolean {
  return entry.category === 'dikecualikan' || (entry.exemptionStatus !== null && entry.exemptionStatus !== 'opened');
}

/**
 * The register's write methods may not touch a DIK row the way the exemption workflow does: a new
 * DIK row is made by `exemption.create` (with its test and approval), a submitted or decided one
 * changes only by a new test and SK, and a draft is edited only by a role allowed to `edit`.
 * Wrapped around the handlers in createCore so every transport and the CLI meet the same rule.
 */
export function guardDikEntries<H extends Pick<Handlers, EntryWrites>>(handlers: H, deps: DikGuardDeps): H {
  function assertMayTouch(id: number): void {
    const entry = deps.get(id);
    if (!entry || !isDikRow(entry)) return;
    const user = signedInCaller();
    if (!user) throw lemariError('signed_out');
    if (entry.exemptionStatus !== null && entry.exemptionStatus !== 'draft' && entry.exemptionStatus !== 'returned') {
      throw lemariError('forbidden', { key: 'auth.err.dikDecided' });
    }
    if (!deps.mayAct(user, 'edit')) throw lemariError('forbidden', { key: 'auth.err.roleRefused', params: { name: user.name } });
  }
  return {
    ...handlers,
    'entry.create': (input, context) => {
      if (input.fields.category === 'dikecualikan')
        throw lemariError('forbidden', { key: 'auth.err.dikNeedsWorkflow', field: 'fields.category' });
      return handlers['entry.create'](input, context);
    },
    'entry.update': (input, context) => {
      assertMayTouch(input.id);
      return handlers['entry.update'](input, context);
    },
    'entry.patch': (input, context) => {
      assertMayTouch(input.id);
      return handlers['entry.patch'](input, context);
    },
    'entry.delete': (input, context) => {
      assertMayTouch(input.id);
      return handlers['entry.delete'](input, context);
    },
    'entry.restore': (input, context) => {
      assertMayTouch(input.id);
      return handlers['entry.restore'](input, context);
    },
  };
}
