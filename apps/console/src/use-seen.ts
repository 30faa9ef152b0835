import { useEffect, useState } from 'preact/hooks';

/**
 * True once the element has been on screen, and from then on: a costly read below the fold waits
 * until someone scrolls to it, instead of competing with the first screen's.
 */
export function useSeen(element: { readonly current: Element | null }): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (seen || target === null) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [seen]);
  return seen;
}
