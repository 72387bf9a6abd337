import { describe, expect, it } from 'vitest';
import { actorKind } from './audit';

describe('who an audit event names', () => {
  const people = new Set(['Rina Marlina', 'Budi Santoso']);
  it('names people by name, Lemari’s updates and schedule as Lemari, and a bare computer account as nobody', () => {
    expect(actorKind('Rina Marlina', people)).toBe('person');
    expect(actorKind('Sri Wahyuni (laptop)', people)).toBe('person');
    expect(actorKind('migration 0014', people)).toBe('migration');
    expect(actorKind('lemari', people)).toBe('schedule');
    expect(actorKind('root', people)).toBe('account');
    // A person called like an account is still the person: the list of people decides first.
    expect(actorKind('lemari', new Set(['lemari']))).toBe('person');
  });
});
