import * as fs from 'node:fs';
import * as path from 'node:path';
import { initialTenantState, type TenantState } from '@ledger/licensing';
import { parseAuditLog } from './audit-log';
import { planAuditReplay } from './audit-replay';
import { planImport } from './import-plan';
import { parseTenantExport } from './parse-tenant-export';
import { readExportDirectory } from './read-export-directory';
import { differenceRowsOf, reconcile, type Reconciliation } from './reconciliation';
import { recordActivities } from './record-activities';
import type { VendorLicenseAssignment } from './tenant-export';
import { tenantInLedgerTerms } from './tenant-in-ledger-terms';

const FIXTURES = path.join(__dirname, '../../../../test/fixtures/tenant-export');
const exported = parseTenantExport(readExportDirectory(path.join(FIXTURES, 'contoso')));
const tenant = tenantInLedgerTerms(exported);
const idOf = (name: string): string => {
  const found = exported.applicationInstances.find((instance) =>
    instance.userPrincipalName.startsWith(`${name}@`),
  );
  if (found === undefined) throw new Error(name);
  return found.objectId;
};
const NOW = new Date('2026-11-30T12:00:00Z');
const OPTIONS = { tenantId: 'contoso', rulebook: 'current' as const, now: NOW };

async function imported(from: TenantState): Promise<Awaited<ReturnType<typeof recordActivities>>> {
  const plan = planImport('contoso', tenant, reconcile('contoso', tenant, from, 'current'), from);
  return recordActivities(plan, from, OPTIONS);
}

describe('reconciling a tenant export with the ledger', () => {
  it('given an empty ledger, every seat, account, licence and number differs; the flags and unknown SKUs are the tenant’s today', () => {
    const differences = reconcile('contoso', tenant, initialTenantState(), 'current');
    expect(differences.seats).toEqual(
      expect.arrayContaining([
        { sku: 'E5', ledger: 0, tenant: 120 },
        { sku: 'PHONE_SYSTEM_VIRTUAL_USER', ledger: 0, tenant: 50 },
        { sku: 'CALLING_PLAN', ledger: 0, tenant: 20 },
      ]),
    );
    expect(differences.accountsOnlyInTenant).toHaveLength(300);
    expect(differences.phoneNumbers).toHaveLength(7);
    expect(differences.compliance).toEqual(
      expect.arrayContaining([
        { accountId: idOf('ra-reception'), flags: ['FULL_LICENCE'] },
        { accountId: idOf('ra-hr'), flags: ['FULL_LICENCE'] },
        { accountId: idOf('ra-nested'), flags: ['UNLICENSED'] },
      ]),
    );
    expect(differences.compliance).toHaveLength(3);
    expect(differences.unknownSkus).toEqual([
      { skuPartNumber: 'ENTERPRISEPACK', enabledUnits: 200, consumedUnits: 177 },
    ]);
  });

  describe('a licence whose Phone System service plan is disabled', () => {
    const PHONE_SYSTEM_PLAN = '4828c8ec-dc2e-4779-b502-87ac9ce28ab7';
    const withoutPhoneSystem = exported.users.filter((user) =>
      user.licenses.some((license) => license.disabledPlans.includes(PHONE_SYSTEM_PLAN)),
    );

    it('is reported: the E5 seat is held and recorded, but the account has no Phone System', () => {
      expect(withoutPhoneSystem).toHaveLength(1);
      const [user] = withoutPhoneSystem;
      const differences = reconcile('contoso', tenant, initialTenantState(), 'current');
      expect(differences.phoneSystemDisabled).toEqual([
        { accountId: user.objectId, sku: 'E5', servicePlanId: PHONE_SYSTEM_PLAN },
      ]);
      expect(tenant.accounts.find((account) => account.accountId === user.objectId)?.licenses).toEqual([
        'E5',
      ]);
      expect(differenceRowsOf(differences)).toContainEqual({
        difference: 'phone system disabled',
        subject: user.objectId,
        ledger: '',
        tenant: `E5 without service plan ${PHONE_SYSTEM_PLAN} (MCOEV)`,
      });
    });

    /** The reconciliation of the fixture with that person's licence assignments replaced. */
    function phoneSystemDisabledWith(
      licenses: (held: VendorLicenseAssignment[]) => VendorLicenseAssignment[],
    ): Reconciliation['phoneSystemDisabled'] {
      const [user] = withoutPhoneSystem;
      const changed = {
        ...exported,
        users: exported.users.map((other) =>
          other === user ? { ...user, licenses: licenses([...user.licenses]) } : other,
        ),
      };
      return reconcile('contoso', tenantInLedgerTerms(changed), initialTenantState(), 'current')
        .phoneSystemDisabled;
    }

    it('is not reported when another assignment of the same licence (a group’s) leaves Phone System on', () => {
      expect(
        phoneSystemDisabledWith((held) => [
          ...held,
          { ...held[0], assignedByGroup: '00000000-0000-4000-a000-00000000000e', disabledPlans: [] },
        ]),
      ).toEqual([]);
    });

    it('other disabled plans (not Phone System) are no difference', () => {
      expect(
        phoneSystemDisabledWith((held) =>
          held.map((license) => ({ ...license, disabledPlans: ['57ff2da0-773e-42df-b2af-ffb7a2317929'] })),
        ),
      ).toEqual([]);
    });
  });
});

describe('importing a tenant export', () => {
  it('records the differences through the domain: the purchase above the free allocation is paid, every account and licence is recorded', async () => {
    const { recorded, refused, state } = await imported(initialTenantState());
    expect(refused).toEqual([]);
    expect(state.accounts.size).toBe(300);
    expect(state.seats.PHONE_SYSTEM_VIRTUAL_USER).toEqual({ purchased: 50, assigned: 5 });
    // N = 120 E5 + 40 Teams Phone Standard + 10 Shared Devices = 170: 42 free (R9 current), 8 paid (R10).
    expect(state.freeVirtualUserSeats).toBe(42);
    expect(state.accounts.get(idOf('ra-main'))).toMatchObject({
      licenses: ['PHONE_SYSTEM_VIRTUAL_USER'],
      phoneNumber: '+14255550100',
    });
    expect(recorded.every((outcome) => outcome.record !== '')).toBe(true);
  });

  it('importing the same export again records nothing', async () => {
    const first = await imported(initialTenantState());
    const again = await imported(first.state);
    expect(again.recorded).toEqual([]);
    expect(again.refused).toEqual([]);
  });
});

describe('replaying the audit log', () => {
  const log = parseAuditLog(
    'contoso-audit.csv',
    fs.readFileSync(path.join(FIXTURES, 'contoso-audit.csv'), 'utf8'),
    exported.directoryTenantId,
  );
  const replay = (ledger: TenantState, latestOccurredAt = '', replayed: ReadonlySet<string> = new Set()) =>
    planAuditReplay({
      tenantId: 'contoso',
      log,
      resourceAccounts: exported.applicationInstances,
      ledger,
      replayed,
      latestOccurredAt,
    });

  it('finds the split swap: the account removed from Teams Phone Standard in one record and given the Resource Account licence in a later one is broken, by those records', async () => {
    const plan = replay(initialTenantState());
    expect(plan).toMatchObject({ repeated: 1, notResourceAccounts: 1, outOfOrder: [] });
    const { state, recorded, refused } = await recordActivities(plan.planned, initialTenantState(), OPTIONS);
    expect(refused).toEqual([]);
    const sales = state.accounts.get(idOf('ra-sales'));
    expect(sales?.status.status).toBe('broken');
    const recordOf = (activityId: string | undefined) =>
      recorded.find((outcome) => outcome.activityId === activityId)?.record;
    if (sales?.status.status !== 'broken') throw new Error('not broken');
    expect(recordOf(sales.status.brokenBy.removedInActivity)).toBe(log.changes[4].recordId);
    expect(recordOf(sales.status.brokenBy.assignedInActivity)).toBe(log.changes[5].recordId);
    expect(sales.status.brokenBy.at).toBe('2026-06-12T16:45:00.000Z');
    // The correct swap (one record) leaves its account healthy.
    expect(state.accounts.get(idOf('ra-main'))?.status.status).toBe('healthy');
    // Each at its record's time, none at the time of the run.
    expect(recorded.every((outcome) => outcome.occurredAt < '2026-06-21')).toBe(true);
  });

  it('a "Change user license." record and the "Update user." record telling the same change apply it once; a later run skips both', async () => {
    const [told, toldAgain] = log.changes.filter((change) => change.targets.includes(idOf('ra-billing')));
    expect([told.at, toldAgain.at]).toEqual(['2026-06-20T10:00:00.000Z', '2026-06-20T10:00:01.000Z']);
    const plan = replay(initialTenantState());
    expect(plan.sameChange).toBe(1);
    const { state, recorded } = await recordActivities(plan.planned, initialTenantState(), OPTIONS);
    const ofBilling = recorded.filter((outcome) => outcome.subject === idOf('ra-billing'));
    expect(ofBilling.map((outcome) => outcome.record)).toEqual([told.recordId, told.recordId, told.recordId]);
    expect(ofBilling.flatMap((outcome) => outcome.events)).toEqual([
      'AccountCreated',
      'LicensePurchased',
      'LicenseAssigned',
    ]);
    // Later, after today's state was imported (events at the time of the run): the replay again
    // plans nothing and finds nothing out of order, the second record included.
    const again = replay(state, NOW.toISOString(), new Set(recorded.map((outcome) => outcome.record)));
    expect(again).toMatchObject({ planned: [], outOfOrder: [], sameChange: 1 });
  });

  it('records already replayed are not replayed again', () => {
    const replayed = new Set(log.changes.map((change) => change.recordId));
    expect(replay(initialTenantState(), '', replayed)).toMatchObject({
      planned: [],
      alreadyReplayed: 6,
      sameChange: 1,
    });
  });

  it('records that would land before the ledger’s newest event are out of order', () => {
    expect(
      replay(initialTenantState(), '2026-06-11T00:00:00.000Z').outOfOrder.map((change) => change.at),
    ).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-02T09:05:00.000Z', '2026-06-10T14:00:00.000Z']);
  });
});
