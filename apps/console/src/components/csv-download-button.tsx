import { useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/api-error';
import { ErrorNotice } from './error-notice';
import { useSession } from './session-context';

interface CsvDownloadButtonProps {
  readonly label: string;
  readonly fileName: string;
  readonly load: () => Promise<Blob>;
}

/** Saves a report as a CSV file; fetched with the token (a plain link could not send it), then saved locally. */
export function CsvDownloadButton({ label, fileName, load }: CsvDownloadButtonProps) {
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const download = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const url = URL.createObjectURL(await load());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: some browsers read the object URL after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" class="button button--secondary" disabled={busy} onClick={() => void download()}>
        ⤓ {busy ? 'Preparing…' : label}
      </button>
      {error !== undefined && <ErrorNotice error={error} action={label} onDismiss={() => setError(undefined)} onSignInAgain={signOut} />}
    </>
  );
}
