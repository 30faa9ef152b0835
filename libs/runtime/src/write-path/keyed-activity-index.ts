/** Where a keyed activity ends in its tenant's stream, as an index of the log knows it. */
export interface IndexedKeyedActivity {
  readonly activityId: string;
  readonly lastRevision: bigint;
}

/**
 * An index of the Idempotency-Keys recorded in the log (in the events' metadata). The write model
 * remembers only its tenant's recent keys; for an older one it asks here instead of scanning the
 * tenant's whole stream — above all for a new key, which is in no index at all.
 */
export interface KeyedActivityIndex {
  /**
   * The activity recorded under `idempotencyKey` in the tenant's stream, once the index covers the
   * log at least up to `coveringPosition`; undefined when the key was never used; `not-covered`
   * when the index does not reach that position soon (the caller then reads the log itself).
   */
  find(
    tenantId: string,
    idempotencyKey: string,
    coveringPosition: bigint,
  ): Promise<IndexedKeyedActivity | undefined | 'not-covered'>;
}
