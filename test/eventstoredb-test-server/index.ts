/**
 * TEST INFRASTRUCTURE — an in-memory, single-process stand-in for one EventStoreDB node, speaking
 * the real gRPC protocol (the service definitions generated from EventStoreDB's .proto files and
 * shipped inside @eventstore/db-client), so the production adapter is tested through the real client
 * where neither Docker nor an EventStoreDB server is available. It is never the product's store:
 * README.md beside this file lists what it does not reproduce.
 */
import { Server, ServerCredentials, type handleUnaryCall } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { serializeReadResp, type LogPosition } from './grpc-messages';
import { InMemoryLog } from './in-memory-log';
import { createReadHandler, SubscriptionRegistry } from './read-handler';
import { createAppendHandler, createBatchAppendHandler } from './append-handlers';

export interface EventStoreDbTestServerOptions {
  /**
   * Advertise and serve Streams.BatchAppend (default true, like every server since 21.10). With
   * false, the client falls back to the older client-streaming Streams.Append.
   */
  readonly batchAppend?: boolean;
  /** The node's MaxAppendSize in bytes (default 1,048,576, the server's default). */
  readonly maxAppendSize?: number;
}

export interface EventStoreDbTestServer {
  /** `esdb://127.0.0.1:<port>?tls=false` — a single node, no discovery, no TLS. */
  readonly url: string;
  readonly log: InMemoryLog;
  /** Number of subscriptions currently open (catch-up or live). */
  readonly activeSubscriptions: number;
  /** Where every $all subscription so far asked to start (a resumed one shows its resume point). */
  readonly allSubscriptionStarts: readonly (LogPosition | 'start' | 'end')[];
  /** Ends every open subscription with UNAVAILABLE, as when the node restarts. */
  dropSubscriptions(): void;
  stop(): Promise<void>;
}

/** EventStoreDB's default MaxAppendSize (ClusterVNodeOptions: 1 MiB). */
const DEFAULT_MAX_APPEND_SIZE = 1_048_576;

/** The version string GetSupportedMethods reports; the client only logs it. */
const REPORTED_SERVER_VERSION = '24.10.0';

export async function startEventStoreDbTestServer(
  options: EventStoreDbTestServerOptions = {},
): Promise<EventStoreDbTestServer> {
  const batchAppend = options.batchAppend ?? true;
  const maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
  const log = new InMemoryLog();
  const subscriptions = new SubscriptionRegistry();
  const server = new Server();

  // The generated definition, with Read's serializer remembering what it encoded (grpc-messages.ts).
  const streamsService = {
    ...StreamsService,
    read: { ...StreamsService.read, responseSerialize: serializeReadResp },
  };
  // Methods left out of the implementation answer UNIMPLEMENTED (delete, tombstone).
  server.addService(streamsService, {
    read: createReadHandler(log, subscriptions),
    append: createAppendHandler(log, maxAppendSize),
    ...(batchAppend ? { batchAppend: createBatchAppendHandler(log, maxAppendSize) } : {}),
  });
  server.addService(ServerFeaturesService, { getSupportedMethods: supportedMethods(batchAppend) });

  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });

  return {
    url: `esdb://127.0.0.1:${port}?tls=false`,
    log,
    get activeSubscriptions() {
      return subscriptions.size;
    },
    allSubscriptionStarts: subscriptions.allStarts,
    dropSubscriptions: () => subscriptions.dropAll(),
    stop: async () => {
      subscriptions.dropAll('The test server is stopping');
      server.forceShutdown();
    },
  };
}

/**
 * The client asks this once per connection to choose between BatchAppend and Append (and to gate
 * features we do not serve). Names are lower-cased, with the features a real node lists.
 */
function supportedMethods(batchAppend: boolean): handleUnaryCall<Empty, SupportedMethods> {
  const method = (serviceName: string, methodName: string, features: string[] = []): SupportedMethod =>
    new SupportedMethod().setServiceName(serviceName).setMethodName(methodName).setFeaturesList(features);
  const methods = [
    method('event_store.client.streams.streams', 'read', ['position', 'events']),
    method('event_store.client.streams.streams', 'append'),
    ...(batchAppend
      ? [method('event_store.client.streams.streams', 'batchappend', ['deadline_duration'])]
      : []),
    method('event_store.client.server_features.serverfeatures', 'getsupportedmethods'),
  ];
  const response = new SupportedMethods()
    .setEventStoreServerVersion(REPORTED_SERVER_VERSION)
    .setMethodsList(methods);
  return (_call, callback) => callback(null, response);
}
