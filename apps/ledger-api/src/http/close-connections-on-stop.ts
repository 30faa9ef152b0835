import type { ServerResponse, Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Lets the server stop without waiting on connections that no longer carry a request.
 *
 * Stopping waits for every connection Node does not count as idle, and two kinds held a stop for
 * Fastify's 72-second keep-alive: a connection opened but never used (a load balancer's
 * pre-opened one, a client whose timeout fired while connecting), and the kept-alive connection
 * of a request answered after the stop began. The first has no request to finish and is closed
 * at once; a request in flight is answered with `Connection: close`, and its connection ends then.
 */
export function closeConnectionsOnStop(server: Server, onStop: (stop: () => void) => void): void {
  const sockets = new Set<Socket>();
  const answering = new Map<Socket, ServerResponse>();
  let stopping = false;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      answering.delete(socket);
    });
  });
  server.on('request', (request, response: ServerResponse) => {
    const socket = request.socket;
    answering.set(socket, response);
    response.once('close', () => {
      answering.delete(socket);
      if (stopping) socket.end();
    });
  });
  onStop(() => {
    stopping = true;
    for (const socket of sockets) {
      const response = answering.get(socket);
      if (response === undefined) socket.destroy();
      else if (!response.headersSent) response.setHeader('connection', 'close');
    }
  });
}
