import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, asApiError } from './api/api-error';
import type { WriteAnswer } from './api/types';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Loads data for the current inputs. An answer that arrives after the inputs changed is dropped,
 * so a slow old request never overwrites a newer one (e.g. while the as-of time is being moved).
 */
export function useResource<T>(load: () => Promise<T>, inputs: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    load().then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: unknown) => ticket === latest.current && setState({ error: asApiError(error), loading: false }),
    );
    // `load` is a fresh closure each render; the inputs say when it really changed.
  }, [...inputs, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/**
 * `origin` names where the write was asked for (e.g. one account's manage panel), so its result is
 * shown there, next to the control used (issue 16 #1); without one, at the top of the page.
 */
export type WriteOutcome =
  | { readonly kind: 'saved'; readonly summary: string; readonly answer: WriteAnswer; readonly origin?: string }
  | { readonly kind: 'failed'; readonly summary: string; readonly error: ApiError; readonly origin?: string };

export interface Writer {
  readonly busy: boolean;
  readonly outcome: WriteOutcome | undefined;
  /** Runs one write; its answer (warnings included) or its error becomes the outcome shown. */
  readonly run: (summary: string, write: () => Promise<WriteAnswer>, origin?: string) => Promise<boolean>;
  readonly dismiss: () => void;
}

export function useWriter(onSaved: () => void): Writer {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WriteOutcome | undefined>(undefined);

  const run = useCallback(
    async (summary: string, write: () => Promise<WriteAnswer>, origin?: string): Promise<boolean> => {
      setBusy(true);
      setOutcome(undefined);
      try {
        const answer = await write();
        setOutcome({ kind: 'saved', summary, answer, origin });
        onSaved();
        return true;
      } catch (error) {
        setOutcome({ kind: 'failed', summary, error: asApiError(error), origin });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onSaved],
  );
  const dismiss = useCallback(() => setOutcome(undefined), []);
  return { busy, outcome, run, dismiss };
}
