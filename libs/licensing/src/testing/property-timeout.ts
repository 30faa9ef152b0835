/**
 * The Jest timeout of a property test: headroom, not a target. Each property's work is bounded
 * by its runs and sizes; this is what it may need on a 2-core machine kept busy by other work
 * (ISSUE 10, finding 15: a property whose time depends on the load is a timed test in disguise).
 */
export const PROPERTY_TIMEOUT_MS = 60_000;
