interface WrongTenantNoticeProps {
  /** The tenant the address names. */
  readonly requested: string;
  /** What is wrong with it as an id, in one sentence; null when it is an id. */
  readonly problem: string | null;
  /** The tenant the token is bound to (tenant admins and auditors); null for a global admin. */
  readonly ownTenant: string | null;
  readonly onOpen: (tenantId: string) => void;
  /** A global admin goes on to choose a tenant. */
  readonly onChooseAnother: () => void;
}

/**
 * Issue 16 #4: the address names a tenant the console will not open — not a tenant id at all, or
 * another tenant than the token's. Said in words, with the way on; the id is never echoed when it
 * is not one (it may be a token).
 */
export function WrongTenantNotice({
  requested,
  problem,
  ownTenant,
  onOpen,
  onChooseAnother,
}: WrongTenantNoticeProps) {
  const title =
    problem === null ? `Your token is not for tenant ${requested}` : 'The address does not name a tenant';
  const message =
    problem === null
      ? `You are signed in for tenant ${ownTenant ?? ''} only; a tenant admin or auditor cannot open another tenant. Ask a global admin, or sign in with a token for ${requested}.`
      : problem;
  return (
    <div class="page">
      <div class="notice notice--warning" role="alert" data-wrong-tenant>
        <div class="notice__body">
          <h1 class="notice__title">{title}</h1>
          <p class="notice__message">{message}</p>
        </div>
      </div>
      {ownTenant === null ? (
        <button type="button" class="button button--primary" onClick={onChooseAnother}>
          Choose a tenant
        </button>
      ) : (
        <button type="button" class="button button--primary" onClick={() => onOpen(ownTenant)}>
          Open my tenant {ownTenant}
        </button>
      )}
    </div>
  );
}
