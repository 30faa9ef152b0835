import { closeMatches, editDistance, tenantIdProblem } from '../../apps/console/src/tenant-ids';
import { signToken } from '../support/tokens';

describe('console: a typed tenant id, checked before it goes into an address (issue 16 #3, #4)', () => {
  it('a tenant id of SPEC §3 passes, up to 128 characters', () => {
    expect(tenantIdProblem('woodgrove-1-0092')).toBeNull();
    expect(tenantIdProblem(` ${'a'.repeat(128)} `)).toBeNull();
  });

  it('a pasted token is refused in words, with or without Bearer', () => {
    const token = signToken({ sub: 'x', roles: ['global-admin'] });
    expect(tenantIdProblem(token)).toMatch(/^That is a sign-in token, not a tenant id/);
    expect(tenantIdProblem(`Bearer ${token}`)).toMatch(/^That is a sign-in token/);
  });

  it.each([
    ['wood grove', /no spaces or slashes/],
    ['woodgrove/1', /no spaces or slashes/],
    ['-woodgrove', /starts with a letter or a digit/],
    ['wood#grove', /only letters, digits/],
    ['a'.repeat(129), /at most 128 characters; this one has 129/],
    ['', /Type a tenant id/],
  ])('%j is refused in one sentence', (typed, problem) => {
    expect(tenantIdProblem(typed)).toMatch(problem);
  });

  it('edit distance counts insertions, deletions and substitutions, and stops past its limit', () => {
    expect(editDistance('woodgrove-1-092', 'woodgrove-1-0092', 2)).toBe(1);
    expect(editDistance('contoso', 'contsoo', 2)).toBe(2);
    expect(editDistance('contoso', 'fabrikam', 2)).toBe(3);
  });

  it('close matches: within two edits or starting with what was typed, closest first, at most five', () => {
    const known = ['woodgrove-1-0092', 'woodgrove-1-0093', 'woodgrove-1-0920', 'contoso', 'fabrikam'];
    expect(closeMatches('woodgrove-1-092', known)).toEqual([
      'woodgrove-1-0092',
      'woodgrove-1-0920',
      'woodgrove-1-0093',
    ]);
    expect(closeMatches('fab', known)).toEqual(['fabrikam']);
    expect(closeMatches('northwind', known)).toEqual([]);
    const many = Array.from({ length: 9 }, (_, index) => `woodgrove-1-000${index}`);
    expect(closeMatches('woodgrove', many)).toHaveLength(5);
  });
});
