import {
  PersistentMap,
  type AccountState,
  type LedgerEventType,
  type PurchaseState,
  type Rulebook,
  type SeatCount,
  type Sku,
  type TenantState,
} from '@ledger/licensing';
import { EventLoopPacer, yieldToEventLoop } from '../runner/event-loop-pacer';

/**
 * The one place a `TenantState` becomes text and back (the snapshots of as-of replays).
 *
 * The state's maps are `PersistentMap`s, whose iteration follows insertion order (a deleted and
 * re-inserted key goes last); `evolve` and every view built from them rely on that order. So
 * each map is written as its entries in iteration order and read back by inserting them in that
 * order: the decoded state iterates exactly as the original, and stays so under further events.
 * Account and purchase values are plain JSON (no `undefined` fields: `evolve` omits them), so
 * they round-trip as they are.
 *
 * A large tenant's state is megabytes (10,000 accounts ≈ 2 MB), and parsing it at once would
 * hold the event loop for as long: the text is one line of header, then one line per chunk of
 * entries (JSON never holds a raw newline), and decoding parses and inserts chunk by chunk,
 * pausing for the event loop between chunks.
 */

/** Bumped with any change to the encoding or to `TenantState`: older snapshots are then ignored. */
export const TENANT_STATE_FORMAT = 4;

/** Entries per line: parsed and inserted in one step of the decoding. */
const ENTRIES_PER_LINE = 250;

const MAP_FIELDS = [
  'accounts',
  'purchases',
  'cancelledPurchases',
  'expiredPurchases',
  'phoneNumberHolders',
] as const;
type MapField = (typeof MAP_FIELDS)[number];
type MapValue = AccountState | PurchaseState | string;

interface Header {
  readonly format: number;
  readonly seats: Readonly<Record<Sku, SeatCount>>;
  readonly freeVirtualUserSeats: number;
  readonly rulebook: Rulebook | null;
  readonly lastEventType: LedgerEventType | null;
}

type Line = readonly [MapField, readonly (readonly [string, MapValue])[]];

export class UnreadableSnapshotError extends Error {
  override readonly name = 'UnreadableSnapshotError';
}

export function encodeTenantState(state: TenantState): string {
  const header: Header = {
    format: TENANT_STATE_FORMAT,
    seats: state.seats,
    freeVirtualUserSeats: state.freeVirtualUserSeats,
    rulebook: state.rulebook,
    lastEventType: state.lastEventType,
  };
  const lines = [JSON.stringify(header)];
  for (const field of MAP_FIELDS) {
    const entries: readonly (readonly [string, MapValue])[] = [...state[field]];
    for (let start = 0; start < entries.length; start += ENTRIES_PER_LINE) {
      const line: Line = [field, entries.slice(start, start + ENTRIES_PER_LINE)];
      lines.push(JSON.stringify(line));
    }
  }
  return lines.join('\n');
}

function parse<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UnreadableSnapshotError(`snapshot is not JSON: ${(error as Error).message}`);
  }
}

function isMapField(value: unknown): value is MapField {
  return typeof value === 'string' && (MAP_FIELDS as readonly string[]).includes(value);
}

/**
 * Throws `UnreadableSnapshotError` for text not written by this format of `encodeTenantState`.
 * Pauses for the event loop whenever `pacer` says so (a chunk of entries counts one per entry).
 */
export async function decodeTenantState(
  text: string,
  pacer: EventLoopPacer = new EventLoopPacer(),
): Promise<TenantState> {
  const lines = text.split('\n');
  const header = parse<Partial<Header> | null>(lines[0] ?? '');
  if (header === null || typeof header !== 'object' || header.format !== TENANT_STATE_FORMAT) {
    throw new UnreadableSnapshotError(`snapshot format is not ${TENANT_STATE_FORMAT}`);
  }
  const { seats, freeVirtualUserSeats, rulebook, lastEventType } = header;
  if (
    seats === null ||
    typeof seats !== 'object' ||
    typeof freeVirtualUserSeats !== 'number' ||
    rulebook === undefined ||
    lastEventType === undefined
  ) {
    throw new UnreadableSnapshotError(
      'snapshot lacks the seats, the free seats, the rulebook or the last event type of the tenant state',
    );
  }
  const maps: Record<MapField, PersistentMap<MapValue>> = {
    accounts: PersistentMap.empty(),
    purchases: PersistentMap.empty(),
    cancelledPurchases: PersistentMap.empty(),
    expiredPurchases: PersistentMap.empty(),
    phoneNumberHolders: PersistentMap.empty(),
  };
  for (let index = 1; index < lines.length; index += 1) {
    const line = parse<unknown>(lines[index] ?? '');
    if (!Array.isArray(line) || !isMapField(line[0]) || !Array.isArray(line[1])) {
      throw new UnreadableSnapshotError(`snapshot line ${index} is not a chunk of a map of the tenant state`);
    }
    const [field, entries] = line as unknown as Line;
    let map = maps[field];
    for (const [key, value] of entries) map = map.set(key, value);
    maps[field] = map;
    if (pacer.tick(entries.length)) await yieldToEventLoop();
  }
  return {
    accounts: maps.accounts as PersistentMap<AccountState>,
    purchases: maps.purchases as PersistentMap<PurchaseState>,
    cancelledPurchases: maps.cancelledPurchases as PersistentMap<PurchaseState>,
    expiredPurchases: maps.expiredPurchases as PersistentMap<PurchaseState>,
    phoneNumberHolders: maps.phoneNumberHolders as PersistentMap<string>,
    seats,
    freeVirtualUserSeats,
    rulebook,
    lastEventType,
  };
}
