/** How values read on screen: one place, so every page says a time or an id the same way. */

const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatCount(value: number): string {
  return value.toLocaleString();
}

/** Activity ids are UUIDs: the first block is enough to tell them apart on screen (the title has all). */
export function shortId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** An instant as the value of `<input type="datetime-local" step="1">`, in the browser's time zone. */
export function toLocalInputValue(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** The inverse: a datetime-local value (local time) as an ISO-8601 UTC instant; undefined if incomplete. */
export function fromLocalInputValue(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** An amount in US dollars (the catalogue's list prices are in USD). */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}
