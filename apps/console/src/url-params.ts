/**
 * State a page keeps in its address (search, sort, page): read once when the page opens, written
 * with replaceState as it changes, so a reload or a shared link shows the same view without
 * adding a history entry per keystroke.
 */
export function urlParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function replaceUrlParams(updates: Readonly<Record<string, string | undefined>>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(updates)) {
    if (value === undefined || value === '') params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query === '' ? '' : `?${query}`}`);
}
