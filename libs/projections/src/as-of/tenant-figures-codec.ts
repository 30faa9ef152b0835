import type { Dictionary } from '@ledger/event-store';
import {
  COMPLIANCE_FLAGS,
  type AllocationPolicy,
  type ComplianceCounts,
  type ExpiringTerm,
  type QuotaView,
  type Rulebook,
  type Shortfall,
  type Sku,
} from '@ledger/licensing';
import { instantMs, instantOfMs } from './instant';
import type { TenantFigures } from './tenant-figures';

/**
 * Issue 18 (bytes on disk; bench `storage`): a tenant's figures, one row for about every other
 * event, in the fewest bytes: the fields in a fixed order (their names nowhere), every count a
 * varint (one byte below 64), the rulebook, the policy and each SKU the id of its name in the file's
 * dictionary, an instant its milliseconds. Compact JSON took 82 bytes for the demo's figures (a
 * shape id and a tag for each object and value); this takes about a quarter of that.
 *
 * The first byte is the format, so a file of another one is refused rather than misread (the
 * projections' schema version is bumped with a new one, and the figures rebuilt from the log).
 */
const FORMAT = 1;

export class TenantFiguresCodec {
  constructor(private readonly dictionary: Dictionary) {}

  encode(figures: TenantFigures): Buffer {
    const { quota } = figures;
    const { virtualUser } = quota;
    const out = new Writer();
    out.byte(FORMAT);
    out.entry(quota.rulebook === null ? null : this.dictionary.idOf(quota.rulebook));
    out.entry(quota.policy === null ? null : this.dictionary.idOf(quota.policy));
    out.number(quota.phoneSystemSeats.purchased);
    out.number(quota.phoneSystemSeats.assigned);
    out.number(virtualUser.allocation);
    out.number(virtualUser.purchased);
    out.number(virtualUser.assigned);
    out.number(virtualUser.available);
    out.number(virtualUser.purchasable);
    out.number(virtualUser.free.allocation);
    out.number(virtualUser.free.held);
    out.number(virtualUser.free.available);
    out.number(virtualUser.paid.held);
    out.number(virtualUser.paid.monthlyCost);
    out.byte(quota.overAllocated ? 1 : 0);
    out.number(quota.overAllocatedBy);
    out.number(quota.shortfalls.length);
    for (const shortfall of quota.shortfalls) {
      out.entry(this.dictionary.idOf(shortfall.sku));
      out.number(shortfall.assigned);
      out.number(shortfall.held);
    }
    out.number(quota.expiring.length);
    for (const term of quota.expiring) {
      out.text(term.purchaseId);
      out.entry(this.dictionary.idOf(term.sku));
      out.number(term.quantity);
      out.instant(term.endsAt);
      out.byte(term.trial ? 1 : 0);
    }
    for (const flag of COMPLIANCE_FLAGS) out.number(figures.compliance[flag]);
    out.number(figures.broken);
    return out.bytes();
  }

  decode(bytes: Buffer): TenantFigures {
    if (bytes[0] !== FORMAT) {
      throw new Error(`tenant figures in format ${bytes[0]}; this build reads ${FORMAT}`);
    }
    const read = new Reader(bytes, 1);
    const rulebook = this.entryOf(read.entry()) as Rulebook | null;
    const policy = this.entryOf(read.entry()) as AllocationPolicy | null;
    const phoneSystemSeats = { purchased: read.number(), assigned: read.number() };
    const allocation = read.number();
    const purchased = read.number();
    const assigned = read.number();
    const available = read.number();
    const purchasable = read.number();
    const free = { allocation: read.number(), held: read.number(), available: read.number() };
    const paid = { held: read.number(), monthlyCost: read.number() };
    const overAllocated = read.byte() === 1;
    const overAllocatedBy = read.number();
    const shortfalls: Shortfall[] = [];
    for (let count = read.number(); count > 0; count -= 1) {
      shortfalls.push({ sku: this.skuOf(read.entry()), assigned: read.number(), held: read.number() });
    }
    const expiring: ExpiringTerm[] = [];
    for (let count = read.number(); count > 0; count -= 1) {
      expiring.push({
        purchaseId: read.text(),
        sku: this.skuOf(read.entry()),
        quantity: read.number(),
        endsAt: read.instant(),
        trial: read.byte() === 1,
      });
    }
    // The key order of `quotaOf` and `complianceCountsOfState`: answers read from here print as those do.
    const quota: QuotaView = {
      rulebook,
      policy,
      phoneSystemSeats,
      virtualUser: { allocation, purchased, assigned, available, purchasable, free, paid },
      overAllocated,
      overAllocatedBy,
      shortfalls,
      expiring,
    };
    const compliance = {} as Record<keyof ComplianceCounts, number>;
    for (const flag of COMPLIANCE_FLAGS) compliance[flag] = read.number();
    return { quota, compliance, broken: read.number() };
  }

  private entryOf(id: number | null): string | null {
    return id === null ? null : this.dictionary.entryOf(id);
  }

  private skuOf(id: number | null): Sku {
    if (id === null) throw new Error('tenant figures name no SKU where one is due');
    return this.dictionary.entryOf(id) as Sku;
  }
}

/** Unsigned varints, 7 bits a byte, by arithmetic (exact to 2^53). */
class Writer {
  private readonly out: number[] = [];

  byte(value: number): void {
    this.out.push(value);
  }

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.out.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.out.push(rest);
  }

  /** A count as 2n; anything else (a negative or fractional amount) as 1 and its float64. */
  number(value: number): void {
    if (Number.isSafeInteger(value) && value >= 0 && value < 2 ** 52) {
      this.varint(value * 2);
      return;
    }
    this.varint(1);
    const float = Buffer.alloc(8);
    float.writeDoubleLE(value);
    this.out.push(...float);
  }

  /** A dictionary id, or null as 0. */
  entry(id: number | null): void {
    this.varint(id === null ? 0 : id + 1);
  }

  text(value: string): void {
    const utf8 = Buffer.from(value, 'utf8');
    this.varint(utf8.length);
    this.out.push(...utf8);
  }

  /** The milliseconds (2ms) of a canonical instant; other text (2 length + 1, then UTF-8) as it is. */
  instant(value: string): void {
    const ms = instantMs(value);
    if (Number.isSafeInteger(ms) && ms >= 0 && instantOfMs(ms) === value) {
      this.varint(ms * 2);
      return;
    }
    const utf8 = Buffer.from(value, 'utf8');
    this.varint(utf8.length * 2 + 1);
    this.out.push(...utf8);
  }

  bytes(): Buffer {
    return Buffer.from(this.out);
  }
}

class Reader {
  constructor(
    private readonly buffer: Buffer,
    private at: number,
  ) {}

  byte(): number {
    const value = this.buffer[this.at];
    if (value === undefined) throw new Error('tenant figures end too soon');
    this.at += 1;
    return value;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  number(): number {
    const tagged = this.varint();
    if (tagged % 2 === 0) return tagged / 2;
    const value = this.buffer.readDoubleLE(this.at);
    this.at += 8;
    return value;
  }

  entry(): number | null {
    const tagged = this.varint();
    return tagged === 0 ? null : tagged - 1;
  }

  text(): string {
    return this.utf8(this.varint());
  }

  instant(): string {
    const tagged = this.varint();
    return tagged % 2 === 0 ? instantOfMs(tagged / 2) : this.utf8((tagged - 1) / 2);
  }

  private utf8(length: number): string {
    const value = this.buffer.toString('utf8', this.at, this.at + length);
    this.at += length;
    return value;
  }
}
