import { useState } from 'preact/hooks';
import { RULEBOOKS, type Rulebook } from '../api/types';
import { useWriter } from '../hooks';
import { isGlobalAdmin } from '../session';
import { ChoiceField } from './choice-field';
import { InlineForm } from './inline-form';
import { RULEBOOK_NAMES } from './rulebook-names';
import { useSession } from './session-context';
import { WriteOutcomeNotice } from './write-outcome-notice';

interface RulebookCardProps {
  readonly tenantId: string;
  readonly rulebook: Rulebook;
  /** Called after a switch was saved: the quota reads differently under another rulebook. */
  readonly onSwitched: () => void;
}

/**
 * The rulebook in force (R9); a global admin may switch it here, and the answer is shown in this
 * card, where the switch was made.
 */
export function RulebookCard({ tenantId, rulebook, onSwitched }: RulebookCardProps) {
  const { api, session } = useSession();
  const writer = useWriter(onSwitched);
  const [chosen, setChosen] = useState<Rulebook>(rulebook);

  return (
    <section class="card" aria-labelledby="rulebook-title" data-rulebook={rulebook}>
      <header class="card__header">
        <h2 id="rulebook-title">Rulebook</h2>
        <span class="badge badge--neutral">{rulebook}</span>
      </header>
      <p class="card__lead" data-figure="rulebook">
        {RULEBOOK_NAMES[rulebook]}
      </p>
      {isGlobalAdmin(session) && (
        <>
          <InlineForm
            submitLabel="Switch rulebook"
            busy={writer.busy}
            onSubmit={() => void writer.run(`Switch ${tenantId} to the ${chosen} rulebook`, () => api.adoptRulebook(tenantId, chosen))}
          >
            <ChoiceField label="Rulebook to adopt" name="rulebook" value={chosen} choices={RULEBOOKS} nameOf={(choice) => choice} onChange={setChosen} />
          </InlineForm>
          <WriteOutcomeNotice outcome={writer.outcome} onDismiss={writer.dismiss} />
        </>
      )}
    </section>
  );
}
