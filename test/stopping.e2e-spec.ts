import net from 'node:net';
import { LedgerTestApp } from './support/ledger-test-app';
import { tokens } from './support/tokens';

/** Opens a TCP connection to the service and resolves once it is connected. */
function connect(baseUrl: string): Promise<net.Socket> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends on a connection, once it closes it. */
function received(socket: net.Socket): Promise<string> {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (text += chunk));
  return new Promise((resolve) => socket.once('close', () => resolve(text)));
}

describe('Stopping the service', () => {
  it('does not wait on a connection that never sent a request (a pre-opened or abandoned one)', async () => {
    const app = await LedgerTestApp.start();
    const unused = await connect(app.baseUrl);
    const closedByServer = received(unused);
    // Before the fix this waited for Fastify's 72-second keep-alive: the test's timeout fails it.
    await app.close();
    expect(await closedByServer).toBe('');
  });

  it('answers a request that was in flight when the stop began, then closes its connection', async () => {
    const app = await LedgerTestApp.start();
    const socket = await connect(app.baseUrl);
    const answer = received(socket);
    const body = JSON.stringify({ sku: 'PHONE_SYSTEM', quantity: 1 });
    // Headers and half the body: the request has begun; the rest arrives once the stop has begun.
    socket.write(
      [
        'POST /v1/tenants/stopping/purchases HTTP/1.1',
        `Host: ${new URL(app.baseUrl).host}`,
        `Authorization: Bearer ${tokens.tenantAdmin('stopping')}`,
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
        '',
        body.slice(0, 10),
      ].join('\r\n'),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = app.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write(body.slice(10));
    await stopped;
    // The write was decided and answered (201), and the answer told the client the connection ends.
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 201 /);
    expect(text.toLowerCase()).toContain('connection: close');
  });
});
