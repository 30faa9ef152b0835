/**
 * The ledger's admin console.
 *
 * Framework: Preact — the React component model and hooks in about 4 kB, actively maintained, typed
 * JSX that TypeScript checks strictly, and no compiler plugin of its own (esbuild's JSX transform
 * is enough), so the build stays one small Vite step. Charts: Chart.js (doughnut gauges), the most
 * used maintained canvas charting library, tree-shaken to the doughnut alone.
 */
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { catalogueOf } from './api/catalogue';
import { LedgerApi } from './api/ledger-api';
import { AppShell } from './components/app-shell';
import { CatalogueContext } from './components/catalogue-context';
import { ErrorNotice } from './components/error-notice';
import { SessionExpiryNotice } from './components/session-expiry-notice';
import { SessionContext, useSession, type SessionContextValue } from './components/session-context';
import { useResource } from './hooks';
import { AccountsPage } from './pages/accounts-page';
import { AsOfPage } from './pages/as-of-page';
import { HistoryPage } from './pages/history-page';
import { QuotaPage } from './pages/quota-page';
import { ReportsPage } from './pages/reports-page';
import { SignInPage } from './pages/sign-in-page';
import { TenantChooser } from './pages/tenant-chooser';
import { UnknownTenantGate } from './components/unknown-tenant-gate';
import { WrongTenantNotice } from './components/wrong-tenant-notice';
import { tenantIdProblem } from './tenant-ids';
import { navigate, PAGES, useRoute, type Page } from './router';
import { isGlobalAdmin, restoreSession, saveSession, type Session } from './session';

const LAST_TENANT_KEY = 'ledger-console.tenant';
/** Where the admin was when signed out, and who they were: signing in again as them comes back there. */
const RETURN_KEY = 'ledger-console.return-to';

interface ReturnTo {
  readonly subject: string;
  readonly path: string;
}

function rememberPlace(session: Session | null): void {
  if (session === null) return;
  const place: ReturnTo = { subject: session.subject, path: `${window.location.pathname}${window.location.search}` };
  sessionStorage.setItem(RETURN_KEY, JSON.stringify(place));
}

/** Issue 16 #6: the page and tenant the same admin was on before signing in again; the quota otherwise. */
function returnAfterSignIn(signedIn: Session): void {
  const stored = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  let place: Partial<ReturnTo> = {};
  try {
    place = JSON.parse(stored ?? '{}') as Partial<ReturnTo>;
  } catch {
    // Unreadable: the quota page, as for a first sign-in.
  }
  if (place.subject !== signedIn.subject || typeof place.path !== 'string') return navigate('quota');
  const url = new URL(place.path, window.location.origin);
  const page = PAGES.find((candidate) => `/${candidate}` === url.pathname) ?? 'quota';
  navigate(page, Object.fromEntries(url.searchParams));
}

/** A tenant admin or auditor sees its own tenant (token `tid`); a global admin picks one. */
function tenantOf(session: Session, requested: string | null): string | null {
  if (!isGlobalAdmin(session)) return session.tenantId;
  return requested ?? sessionStorage.getItem(LAST_TENANT_KEY);
}

export function App() {
  const [session, setSession] = useState<Session | null>(restoreSession);
  const [signInReason, setSignInReason] = useState<string | undefined>(undefined);

  // The session as it is now, for signOut (which stays one function): an expired token no longer restores.
  const current = useRef(session);
  current.current = session;

  const signOut = useCallback((reason?: string) => {
    rememberPlace(current.current);
    saveSession(null);
    sessionStorage.removeItem(LAST_TENANT_KEY);
    setSignInReason(reason);
    setSession(null);
  }, []);

  const context = useMemo<SessionContextValue | null>(
    () =>
      session === null
        ? null
        : {
            session,
            api: new LedgerApi(session.token),
            signOut: () => signOut('Signed out. Paste a token to sign in again.'),
          },
    [session, signOut],
  );

  if (context === null) {
    return (
      <SignInPage
        reason={signInReason}
        onSignedIn={(signedIn) => {
          saveSession(signedIn);
          setSignInReason(undefined);
          setSession(signedIn);
          returnAfterSignIn(signedIn);
        }}
      />
    );
  }
  return (
    <SessionContext.Provider value={context}>
      <SignedInConsole session={context.session} />
    </SessionContext.Provider>
  );
}

function SignedInConsole({ session }: { readonly session: Session }) {
  const { api, signOut } = useSession();
  const route = useRoute();
  // Every SKU name and rule comes from the API's catalogue (SPEC §4), loaded once per sign-in.
  const catalogue = useResource(async () => catalogueOf(await api.catalogue()), [api]);
  const requested = route.params.get('tenant');
  // Issue 16 #4: an address naming no valid tenant id (a pasted token, a slash) is said so, not sent on.
  const requestedProblem = requested === null ? null : tenantIdProblem(requested);
  const tenantId = requestedProblem === null ? tenantOf(session, requested) : null;
  const globalAdmin = isGlobalAdmin(session);
  // Issue 16 #4: a tenant admin's link to another tenant is said so, not silently shown their own.
  const foreignTenant = !globalAdmin && requested !== null && requested !== session.tenantId;

  const openTenant = (next: string, page: Page = route.page === 'reports' ? 'quota' : route.page): void => {
    sessionStorage.setItem(LAST_TENANT_KEY, next);
    navigate(page, { tenant: next });
  };

  const chooseAnother = (): void => {
    sessionStorage.removeItem(LAST_TENANT_KEY);
    navigate('quota');
  };

  let content;
  if (catalogue.data === undefined) {
    content =
      catalogue.error === undefined ? (
        <p class="muted">Loading…</p>
      ) : (
        <div class="page">
          <ErrorNotice error={catalogue.error} action="Load the SKU catalogue" onSignInAgain={signOut} onRetry={catalogue.reload} />
        </div>
      );
  } else if (route.page === 'reports') {
    content = globalAdmin ? <ReportsPage onOpenTenant={(id) => openTenant(id, 'quota')} /> : <NotForYourRole />;
  } else if (requestedProblem !== null || foreignTenant) {
    content = (
      <WrongTenantNotice
        requested={requested ?? ''}
        problem={requestedProblem}
        ownTenant={globalAdmin ? null : session.tenantId}
        onOpen={(id) => navigate(route.page === 'reports' ? 'quota' : route.page, { tenant: id })}
        onChooseAnother={chooseAnother}
      />
    );
  } else if (tenantId === null) {
    content = <TenantChooser onChoose={(id) => openTenant(id)} />;
  } else if (globalAdmin) {
    // Issue 16 #3: a tenant without history is said to be one before its pages (and their writes) open.
    content = (
      <UnknownTenantGate tenantId={tenantId} onOpen={(id) => openTenant(id)} onChooseAnother={chooseAnother}>
        <TenantPage page={route.page} tenantId={tenantId} params={route.params} />
      </UnknownTenantGate>
    );
  } else {
    content = <TenantPage page={route.page} tenantId={tenantId} params={route.params} />;
  }

  return (
    <AppShell page={route.page} tenantId={tenantId} onSwitchTenant={globalAdmin ? openTenant : undefined}>
      <CatalogueContext.Provider value={catalogue.data ?? null}>
        <SessionExpiryNotice />
        {content}
      </CatalogueContext.Provider>
    </AppShell>
  );
}

function TenantPage({ page, tenantId, params }: { readonly page: Page; readonly tenantId: string; readonly params: URLSearchParams }) {
  // Keyed by tenant: switching tenants starts every page afresh instead of showing the last one's data.
  switch (page) {
    case 'quota':
      return <QuotaPage key={tenantId} tenantId={tenantId} />;
    case 'accounts':
      return <AccountsPage key={tenantId} tenantId={tenantId} />;
    case 'history':
      return <HistoryPage key={tenantId} tenantId={tenantId} params={params} />;
    case 'as-of':
      return <AsOfPage key={tenantId} tenantId={tenantId} initialAt={params.get('at')} />;
    case 'reports':
      return null;
    default: {
      const unknownPage: never = page;
      throw new Error(`Unknown page ${String(unknownPage)}`);
    }
  }
}

function NotForYourRole() {
  return (
    <div class="page">
      <div class="notice notice--warning" role="status">
        <div class="notice__body">
          <strong class="notice__title">Reports are for global admins</strong>
          <p class="notice__message">Cross-tenant reports need the global-admin role; your token does not have it.</p>
        </div>
      </div>
    </div>
  );
}
