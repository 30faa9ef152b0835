import { given } from '../testing/given-when-then';
import { assign, createResource, purchase, remove } from '../testing/command-builders';
import { decide, decideEvents } from './decider';

// A resource account on Teams Phone Standard: removing it is a split-swap risk (R8).
const tenant = given(purchase('PHONE_SYSTEM', 1), createResource('aa'), assign('aa', 'PHONE_SYSTEM'));

describe('decideEvents: decide for a writer that answers no one (an import, an audit replay)', () => {
  it('R8: decides the same events decide does, where decide also warns of a split-swap risk', () => {
    const decided = decide(remove('aa', 'PHONE_SYSTEM'), tenant.state);
    if (!decided.ok) throw new Error(decided.error.message);
    expect(decided.warnings.map((warning) => warning.code)).toEqual(['SPLIT_SWAP_RISK']);
    expect(decideEvents(remove('aa', 'PHONE_SYSTEM'), tenant.state)).toEqual({
      ok: true,
      events: decided.events,
    });
  });

  it('R4: refuses what decide refuses, with the same error', () => {
    const refused = decide(assign('aa', 'PHONE_SYSTEM'), tenant.state);
    expect(refused.ok).toBe(false);
    expect(decideEvents(assign('aa', 'PHONE_SYSTEM'), tenant.state)).toEqual(refused);
  });
});
