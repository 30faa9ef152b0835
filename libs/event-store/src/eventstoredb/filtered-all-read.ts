import type { ClientReadableStream } from '@grpc/grpc-js';
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';

/**
 * A filtered read or subscription of $all, as one raw gRPC Streams.Read call.
 *
 * Why not `client.readAll`: @eventstore/db-client 6.2.1 (its last release; the client now ships as
 * @kurrent/kurrentdb-client) sends every readAll with `no_filter`, although the server has filtered
 * $all reads since 20.6 (ReadAllForwardsFiltered / ReadAllBackwardsFiltered). Why not
 * `client.subscribeToAll`: it reports checkpoints through a callback that can run before events
 * received earlier have left its stream buffer, so a resume position taken there could skip them;
 * the raw call yields events and checkpoints in wire order.
 *
 * The call still goes through the client's own plumbing (its protected GRPCStreamCreator and
 * callArguments), so it shares the client's channel, connection name, credentials, reconnection on
 * UNAVAILABLE and `dispose()`. TypeScript lets bracket access reach protected members; the client
 * package is frozen at its last version, so these internals will not move under us.
 */
export interface FilteredAllRead {
  readonly direction: 'forwards' | 'backwards';
  readonly from: 'start' | 'end' | Position;
  readonly filter: ReadReq.Options.FilterOptions;
  /** A subscription (catch-up, then live) instead of a read that ends. */
  readonly subscribe?: boolean;
}

/** `count` for "read to the end": the client sends the same for an unbounded readAll. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER.toString();

export function openFilteredAllRead(
  client: EventStoreDBClient,
  read: FilteredAllRead,
): Promise<ClientReadableStream<ReadResp>> {
  const all = new ReadReq.Options.AllOptions();
  if (read.from === 'start') all.setStart(new Empty());
  else if (read.from === 'end') all.setEnd(new Empty());
  else
    all.setPosition(
      new ReadReq.Options.Position()
        .setCommitPosition(read.from.commit.toString())
        .setPreparePosition(read.from.prepare.toString()),
    );

  const options = new ReadReq.Options()
    .setAll(all)
    .setReadDirection(
      read.direction === 'forwards'
        ? ReadReq.Options.ReadDirection.FORWARDS
        : ReadReq.Options.ReadDirection.BACKWARDS,
    )
    .setResolveLinks(false)
    .setUuidOption(new ReadReq.Options.UUIDOption().setString(new Empty()))
    .setFilter(read.filter);
  if (read.subscribe) options.setSubscription(new ReadReq.Options.SubscriptionOptions());
  else options.setCount(UNBOUNDED);
  const request = new ReadReq().setOptions(options);

  // No gRPC deadline, like the client's own reads: a replay or a live subscription may run for
  // hours. Callers bound the wait for each message instead (deadlines.ts, the subscription).
  const createStream = client['GRPCStreamCreator'](
    StreamsClient,
    read.subscribe ? 'subscribeToAllFiltered' : 'readAllFiltered',
    (streams: StreamsClient) => streams.read(request, ...client['callArguments']({}, { deadline: Infinity })),
  );
  return createStream();
}
