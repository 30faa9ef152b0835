import { useEffect, useState } from 'preact/hooks';

/** The console's pages; the API answers index.html for each path, so a reload stays on the page. */
export const PAGES = ['quota', 'accounts', 'history', 'as-of', 'reports'] as const;
export type Page = (typeof PAGES)[number];

export interface Route {
  readonly page: Page;
  readonly params: URLSearchParams;
}

function currentRoute(): Route {
  const segment = window.location.pathname.replace(/^\/+|\/+$/g, '');
  const page = (PAGES as readonly string[]).includes(segment) ? (segment as Page) : 'quota';
  return { page, params: new URLSearchParams(window.location.search) };
}

const ROUTE_CHANGED = 'ledger-console:route';

/** Goes to a page, keeping the tenant in the address so a link or a reload shows the same thing. */
export function navigate(page: Page, params: Readonly<Record<string, string | undefined>> = {}): void {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const query = search.toString();
  window.history.pushState(null, '', `/${page}${query === '' ? '' : `?${query}`}`);
  window.dispatchEvent(new Event(ROUTE_CHANGED));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = (): void => setRoute(currentRoute());
    window.addEventListener('popstate', update);
    window.addEventListener(ROUTE_CHANGED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(ROUTE_CHANGED, update);
    };
  }, []);
  return route;
}
