import { serveChild } from '../../support/child';

export interface AuditInput {
  readonly url: string;
  readonly token: string;
  readonly paths: readonly string[];
}

export interface AuditOutput {
  /** Milliseconds per request, in the order of `paths`. */
  readonly latencies: number[];
  readonly entries: number;
  readonly failures: number;
}

/** Plays the history pages one after another, as an auditor paging through the UI would. */
serveChild<AuditInput, AuditOutput>(async ({ url, token, paths }) => {
  const latencies: number[] = [];
  let entries = 0;
  let failures = 0;
  for (const path of paths) {
    const start = process.hrtime.bigint();
    const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { events?: unknown[] };
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!response.ok) failures += 1;
    entries += body.events?.length ?? 0;
  }
  return { latencies, entries, failures };
});
