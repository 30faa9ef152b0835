/**
 * The injection token of the write models' index of Idempotency-Keys (`KeyedActivityIndex`, in
 * libs/runtime/src/write-path): the projections provide it, the write models ask it when present.
 */
export const KEYED_ACTIVITY_INDEX = Symbol('KEYED_ACTIVITY_INDEX');
