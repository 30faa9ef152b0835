import { startEventStoreDbTestServer } from '../../../test/eventstoredb-test-server';

/**
 * The in-memory EventStoreDB gRPC test server in a process of its own: it does not share the
 * rebuild's cores' event loop with the adapter it answers. Sends its URL, stops on 'stop'.
 */
void startEventStoreDbTestServer().then((server) => {
  process.send?.({ url: server.url });
  process.once('message', () => {
    void server.stop().then(() => process.exit(0));
  });
});
