import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { navigate, type Page } from '../router';
import { isGlobalAdmin } from '../session';
import { useSession } from './session-context';
import { TenantIdBox, useTenantIdInput } from './tenant-id-input';

interface NavItem {
  readonly page: Page;
  readonly label: string;
  readonly icon: string;
}

const TENANT_PAGES: readonly NavItem[] = [
  { page: 'quota', label: 'Quota', icon: '◔' },
  { page: 'accounts', label: 'Resource accounts', icon: '☎' },
  { page: 'history', label: 'History', icon: '☰' },
  { page: 'as-of', label: 'As of', icon: '◷' },
];
const REPORTS: NavItem = { page: 'reports', label: 'Reports', icon: '▤' };

interface AppShellProps {
  readonly page: Page;
  readonly tenantId: string | null;
  /** Only global admins switch tenants; others are bound to their token's tenant. */
  readonly onSwitchTenant: ((tenantId: string) => void) | undefined;
  readonly children: ComponentChildren;
}

/** Header (brand, tenant, who is signed in), navigation, and the page. */
export function AppShell({ page, tenantId, onSwitchTenant, children }: AppShellProps) {
  const { session, signOut } = useSession();
  const items = isGlobalAdmin(session) ? [...TENANT_PAGES, REPORTS] : TENANT_PAGES;
  return (
    <div class="shell">
      {/* Issue 16 #7: past the top bar and the navigation in one key. */}
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header class="topbar">
        <a
          class="brand"
          href="/quota"
          onClick={(event) => {
            event.preventDefault();
            navigate('quota', { tenant: tenantId ?? undefined });
          }}
        >
          <span class="brand__mark" aria-hidden="true">L</span>
          <span>
            <span class="brand__name">Licensing ledger</span>
            <span class="brand__product">Admin console</span>
          </span>
        </a>
        <TenantSwitcher tenantId={tenantId} onSwitch={onSwitchTenant} />
        <div class="user">
          <span class="user__name" title={session.roles.join(', ')}>
            {session.subject}
            <span class="user__role">{session.roles.join(' · ')}</span>
          </span>
          <button type="button" class="button button--quiet button--on-dark" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <nav class="sidenav" aria-label="Pages">
        {items.map((item) => (
          <a
            key={item.page}
            href={`/${item.page}${tenantId === null ? '' : `?tenant=${encodeURIComponent(tenantId)}`}`}
            class={`sidenav__link${item.page === page ? ' sidenav__link--active' : ''}`}
            aria-current={item.page === page ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate(item.page, { tenant: tenantId ?? undefined });
            }}
          >
            <span class="sidenav__icon" aria-hidden="true">
              {item.icon}
            </span>
            {item.label}
          </a>
        ))}
      </nav>
      <main class="main" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

function TenantSwitcher({ tenantId, onSwitch }: { readonly tenantId: string | null; readonly onSwitch: ((tenantId: string) => void) | undefined }) {
  // Issue 16 #4: the id is checked here, before it reaches the address.
  const input = useTenantIdInput(tenantId ?? '', (id) => onSwitch?.(id));
  const { setTyped } = input;
  useEffect(() => setTyped(tenantId ?? ''), [tenantId]);

  if (onSwitch === undefined) {
    return (
      <div class="tenant">
        <span class="tenant__label">Tenant</span>
        <span class="tenant__id" data-tenant={tenantId ?? ''}>
          {tenantId ?? 'none'}
        </span>
      </div>
    );
  }
  return (
    <form
      class="tenant tenant--switcher"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        input.submit();
      }}
    >
      <label class="tenant__label" for="tenant-input">
        Tenant
      </label>
      <TenantIdBox id="tenant-input" name="tenant" placeholder="tenant id" input={input} problemId="tenant-input-problem" />
      <button type="submit" class="button button--on-dark">
        Open
      </button>
      {input.problem !== undefined && (
        <p id="tenant-input-problem" class="tenant__problem" role="alert">
          {input.problem}
        </p>
      )}
    </form>
  );
}
