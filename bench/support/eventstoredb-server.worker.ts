import { serveChild } from './child';
import { startEventStoreDbTestServer } from '../../test/eventstoredb-test-server';

/**
 * The in-memory EventStoreDB protocol server of test/ in its own process, so that its work does
 * not run on the API's event loop. It measures the adapter and gRPC, not an EventStoreDB node
 * (test/eventstoredb-test-server/README.md lists what it does not reproduce). Lives until killed.
 */
serveChild<Record<string, never>, { url: string }>(async () => {
  const server = await startEventStoreDbTestServer();
  process.once('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
  return { url: server.url };
});
