import {
  ACCOUNT_STATUSES,
  catalogueEntries,
  DOMAIN_ERROR_CODES,
  LEDGER_EVENT_TYPES,
  MAX_FORECAST_DAYS,
  RESOURCE_TYPES,
  RULEBOOKS,
  SKU_CATALOG,
  SKUS,
  statusAfterUnassign,
  type AccountState,
  type AccountView,
  type LedgerWarning,
  type Sku,
  type UnassignReason,
} from '@ledger/licensing';
import type { QuotaAnswer } from '@ledger/projections';
import { ERROR_TITLES } from '../../apps/console/src/api/api-error';
import { assignableSkus, catalogueOf, removalRisksSplitSwap } from '../../apps/console/src/api/catalogue';
import * as consoleTypes from '../../apps/console/src/api/types';
import { eventSummary, UNASSIGN_REASONS } from '../../apps/console/src/components/event-summary';
import { RULEBOOK_NAMES } from '../../apps/console/src/components/rulebook-names';
import { MAX_FORECAST_DAYS as CONSOLE_FORECAST_DAYS } from '../../apps/console/src/as-of-instant';

/**
 * The console cannot import the server's code (eslint.config.mjs): it takes the API's shapes from
 * the types generated from the OpenAPI document (apps/console/src/api/generated), the SKU
 * catalogue from `GET /v1/catalog` (SPEC §4), and keeps its own lists of labels and its pre-checks
 * over the served catalogue (apps/console/src/api). This spec is where those meet the original:
 * any drift fails here.
 */

/** True only when A and B are the same type (compile-time; `npm run typecheck` checks this file). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameType = <A, B>(proof: Same<A, B>): Same<A, B> => proof;
/** The server's answer fits the console's reading of it. */
const readable = <Console>(served: Console): Console => served;

describe("The console's copy of the domain", () => {
  it('lists the same event types, account statuses, resource types and warning codes', () => {
    expect(consoleTypes.EVENT_TYPES).toEqual(LEDGER_EVENT_TYPES);
    expect(consoleTypes.ACCOUNT_STATUSES).toEqual(ACCOUNT_STATUSES);
    expect(consoleTypes.RESOURCE_TYPES).toEqual(RESOURCE_TYPES);
    expect(consoleTypes.COMPLIANCE_FLAGS).toEqual(['UNLICENSED', 'FULL_LICENCE'] satisfies AccountView['compliance']);
    expect(consoleTypes.RULEBOOKS).toEqual(RULEBOOKS);
    // SPEC §6: the as-of picker refuses locally what the API would refuse (R13 forecast reach).
    expect(CONSOLE_FORECAST_DAYS).toBe(MAX_FORECAST_DAYS);
    expect(Object.keys(RULEBOOK_NAMES)).toEqual([...RULEBOOKS]);
    sameType<consoleTypes.Sku, Sku>(true);
    sameType<consoleTypes.ComplianceFlag, AccountView['compliance'][number]>(true);
    sameType<consoleTypes.EventType, (typeof LEDGER_EVENT_TYPES)[number]>(true);
    sameType<consoleTypes.AccountStatus, (typeof ACCOUNT_STATUSES)[number]>(true);
    sameType<consoleTypes.ResourceType, (typeof RESOURCE_TYPES)[number]>(true);
    sameType<consoleTypes.WarningCode, LedgerWarning['code']>(true);
    expect(consoleTypes.WARNING_CODES).toEqual([
      'SPLIT_SWAP_RISK' satisfies LedgerWarning['code'],
      'FULL_LICENCE_ON_RESOURCE_ACCOUNT' satisfies LedgerWarning['code'],
    ]);
  });

  it('reads the account and quota views the API serves', () => {
    const account: AccountView = {
      accountId: 'aa-main',
      displayName: 'Main',
      kind: 'resource',
      resourceType: 'auto-attendant',
      licenses: ['PHONE_SYSTEM_VIRTUAL_USER'],
      phoneNumber: '+14255550100',
      status: 'broken',
      statusReason: 'A split swap broke it.',
      compliance: [],
      complianceRemedy: null,
      brokenBy: { removedInActivity: 'a1', assignedInActivity: 'a2', at: '2026-01-01T00:00:00.000Z' },
    };
    const quota = {
      tenantId: 't1',
      position: '12',
      rulebook: 'current',
      policy: 'per-ten',
      phoneSystemSeats: { purchased: 3, assigned: 1 },
      virtualUser: {
        allocation: 25,
        purchased: 2,
        assigned: 1,
        available: 1,
        purchasable: 23,
        free: { allocation: 25, held: 2, available: 23 },
        paid: { held: 0, monthlyCost: 0 },
      },
      overAllocated: false,
      overAllocatedBy: 0,
      shortfalls: [],
      expiring: [],
    } satisfies QuotaAnswer;
    expect(readable<consoleTypes.AccountView>(account)).toBe(account);
    expect(readable<consoleTypes.QuotaView>(quota)).toBe(quota);
  });

  it('tells every event type of the domain in words, and every reason a licence is removed', () => {
    const untold = LEDGER_EVENT_TYPES.filter(
      (type) =>
        eventSummary({ type, revision: 0, occurredAt: '', actor: '', activityId: '', data: {} }, (sku) => sku) === type,
    );
    expect(untold).toEqual([]);
    // A reason the domain adds fails to compile here until it is listed.
    const reasons: Readonly<Record<UnassignReason, true>> = {
      removed: true,
      'account-deleted': true,
      replaced: true,
    };
    expect(Object.keys(UNASSIGN_REASONS).sort()).toEqual(Object.keys(reasons).sort());
  });

  it('has a title for every error code of the domain that reaches it', () => {
    // INVALID_COMMAND is answered as VALIDATION_FAILED at the HTTP edge (SPEC §3).
    const answered = DOMAIN_ERROR_CODES.filter((code) => code !== 'INVALID_COMMAND');
    expect(answered.filter((code) => ERROR_TITLES[code] === undefined)).toEqual([]);
  });

  describe('pre-checks assignments over the served catalogue as the domain rules them', () => {
    const licenceSets = holdableLicenceSets();
    // What GET /v1/catalog answers, through JSON as the browser receives it.
    const catalogue = catalogueOf(JSON.parse(JSON.stringify({ skus: catalogueEntries() })).skus as consoleTypes.CatalogueEntry[]);
    it.each(['user', 'resource'] as const)(
      'R4: a %s account is offered every SKU it does not hold that it may hold',
      (kind) => {
        for (const licenses of licenceSets(kind)) {
          const mayHold = SKUS.filter(
            (sku) => !licenses.includes(sku) && SKU_CATALOG[sku].holders.includes(kind),
          );
          expect(assignableSkus(catalogue, { kind, licenses })).toEqual(mayHold);
        }
      },
    );

    it.each(['user', 'resource'] as const)(
      'R6/R8: a removal is flagged exactly when it leaves a healthy %s account at risk',
      (kind) => {
        for (const licenses of licenceSets(kind)) {
          for (const sku of licenses) {
            const account: AccountState = {
              accountId: 'a',
              displayName: 'A',
              kind,
              licenses,
              status: { status: 'healthy' },
            };
            const remaining = licenses.filter((held) => held !== sku);
            const after = statusAfterUnassign(account, sku, 'removed', remaining, {
              activityId: 'x',
              occurredAt: '2026-01-01T00:00:00.000Z',
            });
            expect({ licenses, sku, flagged: removalRisksSplitSwap(catalogue, { kind, licenses }, sku) }).toEqual({
              licenses,
              sku,
              flagged: after.status === 'at-risk',
            });
          }
        }
      },
    );
  });
});

/** Every set of licences an account of a kind may hold (R4: one phone-capable at most; resource-only SKUs on resource accounts). */
function holdableLicenceSets(): (kind: 'user' | 'resource') => Sku[][] {
  const subsets = SKUS.reduce<Sku[][]>((sets, sku) => [...sets, ...sets.map((set) => [...set, sku])], [[]]);
  return (kind) =>
    subsets.filter(
      (set) =>
        set.filter((sku) => SKU_CATALOG[sku].phoneCapable).length <= 1 &&
        set.every((sku) => SKU_CATALOG[sku].holders.includes(kind)),
    );
}
