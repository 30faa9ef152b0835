export interface Answer<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: T;
}

export interface CallOptions {
  readonly token?: string;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is, instead of `body` (malformed JSON, odd encodings). */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

/** A JSON request over real HTTP (fetch), answering the parsed body and the exact text. */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  url: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${baseUrl}${url}`, { method, headers, body });
  const text = await response.text();
  // JSON bodies only (`application/json`, `…+json`): an NDJSON export is read as its text.
  const json =
    /^application\/(?:[\w.-]+\+)?json\b/.test(response.headers.get('content-type') ?? '') && text.length > 0;
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: (json ? JSON.parse(text) : text) as T,
  };
}
