import type { GlobalPosition, StreamRevision } from './log-positions';

export interface ReadStreamOptions {
  /** First revision to read (inclusive); default 0. */
  readonly fromRevision?: StreamRevision;
  readonly maxCount?: number;
}

export interface AllFilter {
  /** Only streams whose name starts with this prefix, e.g. `licensing-`. */
  readonly streamPrefix?: string;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; default from the start. */
  readonly afterPosition?: GlobalPosition;
  readonly filter?: AllFilter;
  readonly maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this position (a checkpoint); default from the start. */
  readonly afterPosition?: GlobalPosition;
  readonly filter?: AllFilter;
}
