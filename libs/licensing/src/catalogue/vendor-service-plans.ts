/**
 * The vendor's service plan of Phone System (Teams Phone Standard), `MCOEV`, by its id: the plan a
 * licence's `disabledPlans` (Microsoft Graph `assignedLicense`, `licenseAssignmentState`) names
 * when an administrator turned Phone System off inside a licence, e.g. an E5 whose holder then has
 * no Phone System. Source: Microsoft Learn, Teams "Dial pad configuration" (MicrosoftDocs/
 * OfficeDocs-SkypeForBusiness): a user's assigned plan with `ServicePlanId="4828c8ec-…"` and
 * `Capability Plan="MCOEV"`; checked 2026-11-30 (test/fixtures/tenant-export/README.md). The same
 * page says plans named MCOEV1 and so on exist too: their ids were not found in the vendor's pages,
 * so they are not listed here, never guessed.
 */
export const PHONE_SYSTEM_SERVICE_PLAN_ID = '4828c8ec-dc2e-4779-b502-87ac9ce28ab7';

/** Whether `disabledPlans` (service plan ids) turns Phone System off in the licence it belongs to. */
export function disablesPhoneSystem(disabledPlans: readonly string[]): boolean {
  return disabledPlans.some((plan) => plan.toLowerCase() === PHONE_SYSTEM_SERVICE_PLAN_ID);
}
