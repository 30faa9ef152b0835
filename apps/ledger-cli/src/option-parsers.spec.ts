import { InvalidArgumentError } from 'commander';
import { durationSeconds, eventType, integerIn, isoInstant, ledgerId } from './option-parsers';

describe('option parsers', () => {
  it('integerIn takes whole numbers in range, with _ as a digit separator', () => {
    expect(integerIn(1, 10)('7')).toBe(7);
    expect(integerIn(1, 2_000_000)('1_000_000')).toBe(1_000_000);
    for (const bad of ['0', '11', '1.5', '-1', 'ten', '', '1e3']) {
      expect(() => integerIn(1, 10)(bad)).toThrow(InvalidArgumentError);
    }
  });

  it('isoInstant answers the canonical UTC form; a time without a zone is refused, not read as local', () => {
    expect(isoInstant('2026-01-31')).toBe('2026-01-31T00:00:00.000Z');
    expect(isoInstant('2026-01-31T12:00:00+02:00')).toBe('2026-01-31T10:00:00.000Z');
    expect(isoInstant('2026-01-31T12:00Z')).toBe('2026-01-31T12:00:00.000Z');
    for (const bad of ['2026-01-31T12:00:00', 'yesterday', '2026-02-30x', '31/01/2026']) {
      expect(() => isoInstant(bad)).toThrow(InvalidArgumentError);
    }
  });

  it('durationSeconds reads s, m, h, d, up to a year', () => {
    expect(durationSeconds('90')).toBe(90);
    expect(durationSeconds('30m')).toBe(1800);
    expect(durationSeconds('12h')).toBe(43_200);
    expect(durationSeconds('7d')).toBe(604_800);
    for (const bad of ['0', '7w', '400d', '-1d', 'forever']) {
      expect(() => durationSeconds(bad)).toThrow(InvalidArgumentError);
    }
  });

  it('ids and event types follow SPEC §2/§3', () => {
    expect(ledgerId('northwind-1-0001')).toBe('northwind-1-0001');
    expect(() => ledgerId('-leading-dash')).toThrow(InvalidArgumentError);
    expect(eventType('LicenseSwapped')).toBe('LicenseSwapped');
    expect(() => eventType('licenseswapped')).toThrow(InvalidArgumentError);
  });
});
