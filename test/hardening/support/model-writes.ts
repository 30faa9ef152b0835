import fc from 'fast-check';
import { VIRTUAL_USER_SKU, type Sku } from '@ledger/licensing';

/**
 * The writes of the two-instance model test, as data: what to send, and what the log must then
 * hold for it. A small tenant (2 Phone System seats, 2 Virtual User seats, 1 Calling Plan, three
 * users, two resource accounts) keeps seats scarce, so refusals and R4 are exercised.
 */
export const USERS = ['u0', 'u1', 'u2'] as const;
export const RESOURCES = ['r0', 'r1'] as const;
const ACCOUNTS = [...USERS, ...RESOURCES] as const;
const LICENCE_SKUS = ['PHONE_SYSTEM', VIRTUAL_USER_SKU, 'CALLING_PLAN'] as const satisfies readonly Sku[];

export type WriteOp =
  | { readonly kind: 'purchase'; readonly sku: Sku; readonly quantity: number }
  /** `purchase`: which of the purchases answered so far (modulo their number). */
  | { readonly kind: 'cancel'; readonly purchase: number }
  | { readonly kind: 'assign' | 'unassign'; readonly accountId: string; readonly sku: Sku }
  | { readonly kind: 'swap'; readonly accountId: string }
  | {
      readonly kind: 'activity';
      readonly accountId: string;
      readonly add: readonly Sku[];
      readonly remove: readonly Sku[];
    }
  /** SPEC §5: a global admin's erasure of the tenant's personal data, racing the licence writes. */
  | { readonly kind: 'erase' };

/** What the log's events of an accepted write must say: the request's own facts. */
export type Expected =
  | { readonly sku: Sku; readonly quantity: number }
  | { readonly purchaseId: string }
  | { readonly accountId: string }
  | { readonly erasure: true };

export interface WriteRequest {
  readonly method: 'POST' | 'DELETE';
  readonly path: string;
  readonly body?: Record<string, unknown>;
  readonly expected: Expected;
  /** Sent with a global admin's token (SPEC §5: erasure); a tenant admin's otherwise. */
  readonly globalAdmin?: boolean;
}

/** Two requests are "the same body" for an Idempotency-Key when method, path and body agree. */
export function sameRequest(a: WriteRequest, b: WriteRequest): boolean {
  return a.method === b.method && a.path === b.path && JSON.stringify(a.body) === JSON.stringify(b.body);
}

export function requestOf(op: WriteOp, purchaseIds: readonly string[]): WriteRequest {
  switch (op.kind) {
    case 'purchase':
      return {
        method: 'POST',
        path: '/purchases',
        body: { sku: op.sku, quantity: op.quantity },
        expected: { sku: op.sku, quantity: op.quantity },
      };
    case 'cancel': {
      // With no purchase answered yet, an id the tenant never had: a 404.
      const purchaseId =
        purchaseIds.length === 0
          ? '00000000-0000-4000-8000-000000000000'
          : purchaseIds[op.purchase % purchaseIds.length];
      return { method: 'DELETE', path: `/purchases/${purchaseId}`, expected: { purchaseId } };
    }
    case 'assign':
      return {
        method: 'POST',
        path: `/accounts/${op.accountId}/licenses`,
        body: { sku: op.sku },
        expected: { accountId: op.accountId },
      };
    case 'unassign':
      return {
        method: 'DELETE',
        path: `/accounts/${op.accountId}/licenses/${op.sku}`,
        expected: { accountId: op.accountId },
      };
    case 'swap':
      return {
        method: 'POST',
        path: `/accounts/${op.accountId}/license-swap`,
        body: { fromSku: 'PHONE_SYSTEM', toSku: VIRTUAL_USER_SKU },
        expected: { accountId: op.accountId },
      };
    case 'activity':
      return {
        method: 'POST',
        path: '/license-activities',
        body: { accountId: op.accountId, add: op.add, remove: op.remove },
        expected: { accountId: op.accountId },
      };
    case 'erase':
      return { method: 'DELETE', path: '/personal-data', expected: { erasure: true }, globalAdmin: true };
  }
}

/** The setup every sequence starts from, written before the steps (and checked like them). */
export const SETUP: readonly WriteRequest[] = [
  requestOf({ kind: 'purchase', sku: 'PHONE_SYSTEM', quantity: 2 }, []),
  requestOf({ kind: 'purchase', sku: VIRTUAL_USER_SKU, quantity: 2 }, []),
  requestOf({ kind: 'purchase', sku: 'CALLING_PLAN', quantity: 1 }, []),
  ...USERS.map((accountId) => ({
    method: 'POST' as const,
    path: '/accounts',
    body: { accountId, displayName: `User ${accountId}`, kind: 'user' },
    expected: { accountId },
  })),
  ...RESOURCES.map((accountId) => ({
    method: 'POST' as const,
    path: '/accounts',
    body: {
      accountId,
      displayName: `Resource ${accountId}`,
      kind: 'resource',
      resourceType: 'auto-attendant',
    },
    expected: { accountId },
  })),
];

const sku = fc.constantFrom(...LICENCE_SKUS);
const account = fc.constantFrom(...ACCOUNTS);

export const writeOp: fc.Arbitrary<WriteOp> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('purchase' as const),
      sku,
      // Mostly one seat; sometimes a hundred, so a body swapped for another is visible in R4.
      quantity: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 2 }) },
        { weight: 1, arbitrary: fc.constant(100) },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), purchase: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('assign' as const), accountId: account, sku }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unassign' as const), accountId: account, sku }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('swap' as const), accountId: fc.constantFrom(...RESOURCES) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'erase' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('activity' as const),
      accountId: account,
      add: fc.subarray([...LICENCE_SKUS], { minLength: 1, maxLength: 2 }),
      remove: fc.subarray([...LICENCE_SKUS], { maxLength: 1 }),
    }),
  },
);

export type Instance = 0 | 1;
const instance = fc.constantFrom<Instance>(0, 1);

/**
 * One step of a sequence. `write`: one request, keyed or not, maybe aborted by its client after
 * `abortAfterMs` (a keyed one is then retried with its key on the other instance). `retry`: an
 * earlier key sent again to the other instance, with its body or another. `race`: one new key on
 * both instances at the same moment, with one body or two. `burst`: unrelated writes at once.
 */
export type Step =
  | {
      readonly kind: 'write';
      readonly op: WriteOp;
      readonly instance: Instance;
      readonly keyed: boolean;
      readonly abortAfterMs: number | null;
    }
  | { readonly kind: 'retry'; readonly earlier: number; readonly sameBody: boolean; readonly op: WriteOp }
  | { readonly kind: 'race'; readonly op: WriteOp; readonly otherOp: WriteOp | null }
  | {
      readonly kind: 'burst';
      readonly writes: readonly {
        readonly op: WriteOp;
        readonly instance: Instance;
        readonly keyed: boolean;
      }[];
    };

export const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      op: writeOp,
      instance,
      keyed: fc.boolean(),
      abortAfterMs: fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        // A few milliseconds: most writes are then still in flight on the server when the client gives up.
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }) },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('retry' as const),
      earlier: fc.nat(50),
      sameBody: fc.boolean(),
      op: writeOp,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('race' as const),
      op: writeOp,
      otherOp: fc.oneof(fc.constant(null), writeOp),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('burst' as const),
      writes: fc.array(fc.record({ op: writeOp, instance, keyed: fc.boolean() }), {
        minLength: 2,
        maxLength: 4,
      }),
    }),
  },
);
