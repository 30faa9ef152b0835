/**
 * R2: how many free Virtual User licences a tenant is allotted for N qualifying seats. Since R9
 * a policy is the allocation formula of a rulebook (rulebooks/rulebooks.ts): `seed` for 2019,
 * `per-ten` for 2020 and current; the name stays on purchases and in the quota view (SPEC §6).
 */
export const ALLOCATION_POLICIES = ['seed', 'per-ten'] as const;
export type AllocationPolicy = (typeof ALLOCATION_POLICIES)[number];

export function isAllocationPolicy(value: unknown): value is AllocationPolicy {
  return typeof value === 'string' && (ALLOCATION_POLICIES as readonly string[]).includes(value);
}

/** A(N) under the given policy (R2). */
export function allocationFor(policy: AllocationPolicy, phoneSystemSeats: number): number {
  // R2: no Phone-System-bearing seat, no free licence, under every policy.
  if (phoneSystemSeats <= 0) return 0;
  switch (policy) {
    case 'seed':
      // R2 `seed`, the source document: 25 for the first licence, one more per additional licence.
      return 24 + phoneSystemSeats;
    case 'per-ten':
      // R2 `per-ten`, the vendor's later rule: 25, plus one per ten licences.
      return 25 + Math.floor(phoneSystemSeats / 10);
    default: {
      const unknownPolicy: never = policy;
      throw new Error(`Unknown allocation policy ${String(unknownPolicy)}`);
    }
  }
}
