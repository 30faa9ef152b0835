import { useState } from 'preact/hooks';
import { looksLikeToken, tenantIdProblem } from '../tenant-ids';

export interface TenantIdInput {
  readonly typed: string;
  readonly setTyped: (typed: string) => void;
  /** What is wrong with the id last submitted, in one sentence; undefined while it is fine. */
  readonly problem: string | undefined;
  /** Opens the typed tenant when it is an id; otherwise says why not, and nothing leaves the page. */
  readonly submit: () => void;
}

/**
 * Issue 16 #4: a tenant box checks its id before it goes into the address (where a pasted token
 * would stay in the browser's history) and says in words what is wrong. A token is also cleared
 * from the box.
 */
export function useTenantIdInput(initial: string, onChoose: (tenantId: string) => void): TenantIdInput {
  const [typed, setTypedState] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  return {
    typed,
    problem,
    setTyped: (next) => {
      setTypedState(next);
      setProblem(undefined);
    },
    submit: () => {
      const found = tenantIdProblem(typed);
      setProblem(found ?? undefined);
      if (found === null) onChoose(typed.trim());
      else if (looksLikeToken(typed)) setTypedState('');
    },
  };
}

interface TenantIdBoxProps {
  readonly input: TenantIdInput;
  readonly name: string;
  readonly placeholder: string;
  /** The id of the element that says the problem, so the box is described by it. */
  readonly problemId: string;
  readonly id?: string;
}

/** The box itself: marked invalid and described by the problem while there is one. */
export function TenantIdBox({ input, name, placeholder, problemId, id }: TenantIdBoxProps) {
  return (
    <input
      id={id}
      name={name}
      placeholder={placeholder}
      autoComplete="off"
      value={input.typed}
      aria-invalid={input.problem !== undefined}
      aria-describedby={input.problem === undefined ? undefined : problemId}
      onInput={(event) => input.setTyped(event.currentTarget.value)}
    />
  );
}
