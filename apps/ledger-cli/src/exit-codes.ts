/** Exit codes: what a script calling the CLI can rely on. */
export const EXIT_OK = 0;
/** The command could not do its work: the store is unavailable, the projections are in use, the data is already there. */
export const EXIT_FAILURE = 1;
/** The command line or the configuration is wrong: nothing was done. */
export const EXIT_USAGE = 2;

/** Bad input found after parsing (e.g. a tenant role without --tenant): exit 2, one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An expected failure with a message the operator can act on: exit 1, one line, no stack. */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
}
