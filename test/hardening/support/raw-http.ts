import * as http from 'node:http';
import * as net from 'node:net';

export interface RawAnswer {
  /** 0 when the server closed the connection without an HTTP answer. */
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

export interface RawRequest {
  readonly method: string;
  /** Sent exactly as given: no normalisation of `..`, no encoding (unlike fetch and URL). */
  readonly path: string;
  /** A string[] value sends the header once per value: duplicated and conflicting headers. */
  readonly headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body?: string | Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** node:http, so paths and repeated headers go out as written; fetch would clean them up. */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        // Node sends an array value as one header line per value, whatever its typings say of `if-match`.
        headers: request.headers as http.OutgoingHttpHeaders,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // The server may refuse a request by closing the connection (e.g. while we still send a huge body).
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE')
        resolve({ status: 0, headers: {}, text: '' });
      else reject(error);
    });
    outgoing.end(request.body);
  });
}

/** Bytes straight onto a TCP socket: malformed HTTP that no client library would send. */
export function rawBytes(baseUrl: string, bytes: Buffer, timeoutMs = 1_000): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: status === null ? 0 : Number(status[1]), headers: {}, text });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // One answer is all we need; the server may keep the connection open after it.
      if (/\r\n\r\n/.test(Buffer.concat(chunks).toString('latin1'))) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(bytes);
  });
}

export function closeRawAgent(): void {
  agent.destroy();
}
