import type { ComponentChildren } from 'preact';

/** A page's title, one line on what it shows, and its page-wide controls. */
export function PageHeader({ title, subtitle, children }: { readonly title: string; readonly subtitle: string; readonly children?: ComponentChildren }) {
  return (
    <header class="page__header">
      <div>
        <h1>{title}</h1>
        <p class="page__subtitle">{subtitle}</p>
      </div>
      {children !== undefined && <div class="page__tools">{children}</div>}
    </header>
  );
}
