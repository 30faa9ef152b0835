/**
 * Generated from the OpenAPI document the ledger API serves at /docs-json: do not edit.
 * Regenerate with `npm run generate:api`; test/contract/openapi-contract.e2e-spec.ts fails
 * while this file and the served document differ.
 */

export interface paths {
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics: requests, commands, conflict retries, projection lag, process */
    get: operations['MetricsController_scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/purchases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Buy seats of a SKU (Virtual User seats at price 0, within the allocation: R2, R3) */
    post: operations['TenantWritesController_purchase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/purchases/{purchaseId}/renewal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renew a purchase’s term to a new end (R13); an expired one cannot be */
    post: operations['TenantWritesController_renew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/rulebook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Switch the tenant to a rulebook (R9; global admin); the same again appends nothing */
    put: operations['TenantWritesController_adoptRulebook'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase the tenant’s personal data by crypto-shredding (SPEC §5; global admin): display names, phone numbers and actors recorded so far read as "[erased]"; quotas, statuses and history entries stay. Again with nothing recorded since: 200, nothing appended */
    delete: operations['TenantWritesController_erasePersonalData'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/purchases/{purchaseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel a purchase whose seats are not in use (R4) */
    delete: operations['TenantWritesController_cancelPurchase'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts of the tenant, optionally by split-swap status (R6) and compliance flag (R11, R12); `asOf` replays to an instant */
    get: operations['TenantReadsController_accounts'];
    put?: never;
    /** Create a user or resource account */
    post: operations['TenantWritesController_createAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/accounts/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One account: licences, number, status and what broke it */
    get: operations['TenantReadsController_account'];
    put?: never;
    post?: never;
    /** Delete an account, releasing its number and licences first (R7) */
    delete: operations['TenantWritesController_deleteAccount'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/accounts/{accountId}/licenses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a licence (R4) */
    post: operations['TenantWritesController_assignLicense'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/accounts/{accountId}/licenses/{sku}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a licence; removing the last phone-capable one warns SPLIT_SWAP_RISK (R8) */
    delete: operations['TenantWritesController_removeLicense'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/accounts/{accountId}/license-swap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Swap one licence for another in one activity: one LicenseSwapped event (R5) */
    post: operations['TenantWritesController_swapLicense'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/license-activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add and remove licences on one account as one licence activity (R5) */
    post: operations['TenantWritesController_changeLicenses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/accounts/{accountId}/phone-number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign a phone number; needs a phone-capable licence (R1, R8) */
    put: operations['TenantWritesController_assignPhoneNumber'];
    post?: never;
    /** Release the account’s phone number */
    delete: operations['TenantWritesController_releasePhoneNumber'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/accounts/{accountId}/replacement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace a (broken) resource account: new account with the Virtual User licence and the number (R6) */
    post: operations['TenantWritesController_replaceAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/quota': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seats, the free Virtual User allocation (R2) and over-allocation; `asOf` replays to an instant */
    get: operations['TenantReadsController_quota'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant’s events, filtered, oldest first (paged by `after`) or newest first (`order=desc`, paged by `before`)
     * @description SPEC §3/§6: `limit` ≤ 1000; every page answers `total`, the entries matching the filter. 400 VALIDATION_FAILED naming the field: `before` without `order=desc`, `after` with it, `from` after `to`.
     */
    get: operations['TenantReadsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant’s figures at the end of each interval (SPEC §5), computed from the log
     * @description Each point is the tenant as `asOf` at its instant answers it: one pass over the stream from the nearest snapshot. Days end at midnight UTC, weeks on Monday at midnight UTC (ISO 8601), months on the first at midnight UTC; the last point is `to`. Points after now are forecasts (`forecast: true`, R13). A tenant without events answers points of zeros (as its quota view does), not 404. 400 VALIDATION_FAILED naming the field: `from` after `to`, `to` more than 366 days ahead, more than 1,000 points.
     */
    get: operations['TenantReadsController_trend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant’s events as NDJSON with their metadata, to rebuild it elsewhere */
    get: operations['TenantExportController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tenants/{tenantId}/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The differences between the ledger and a tenant export (global admin; writes nothing)
     * @description Seats per SKU, accounts on one side only, licences per account, phone numbers, the compliance flags the tenant has today, and the SKUs and applications the ledger does not know. A malformed file is a 400 VALIDATION_FAILED whose message names the file, the line and the field (`details`: {file, line, field}). The body may reach LEDGER_UPLOAD_BODY_LIMIT_BYTES (16 MiB by default, room for a 10,000-user export), not the API-wide LEDGER_BODY_LIMIT_BYTES; beyond it, 413 PAYLOAD_TOO_LARGE.
     */
    post: operations['TenantReconciliationController_reconcile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every SKU: today’s and former names, list price, phone-capable, counted for N by which rulebooks */
    get: operations['CatalogueController_catalogue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/quota': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every tenant’s quota, now or `asOf` an instant (replayed from the log) */
    get: operations['ReportsController_quota'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/broken-accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every resource account broken by a split swap (R6), across tenants */
    get: operations['ReportsController_brokenAccounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every tenant’s figures summed at the end of each interval (SPEC §5), computed from the log
     * @description The points of `GET /v1/tenants/{tenantId}/trend`, summed over the tenants that had events by each point (`tenants`): each tenant’s stream is read once, from its nearest snapshot, tenant by tenant.
     */
    get: operations['ReportsController_trend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/attention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenants that need action, worst first, each reason with its remedy (SPEC §5)
     * @description Read from the projected tenant views (one quota row per tenant and the index of broken accounts), never by replay. Severity: critical (BROKEN_ACCOUNTS, OVER_ALLOCATED, SHORTFALL), warning (UNLICENSED, FULL_LICENCE), notice (TERMS_ENDING: a term ends within 30 days; ALLOCATION_NEARLY_USED: free seats held ≥ 90 % of the free allocation). `limit` and `after` page through the same order; `summary` covers every page. CSV: one row per reason.
     */
    get: operations['ReportsController_attention'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/projections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The projections: position, lag behind the log, and the parked events (SPEC §5)
     * @description An event a projection cannot apply (unknown type, newer schema version, a projection bug) is parked with its error; the other tenants flow on. The tenant of a parked event is held: its views stay at the revision before it and its reads answer 503 PROJECTION_PARKED until it is retried or skipped.
     */
    get: operations['AdminController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/projections/parked/{position}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply a parked event again (after a fix), then the events of its tenant held behind it
     * @description 200 `{applied: true}` when it applied; 409 PARKED_EVENT_STILL_FAILS (with its error) when it stays parked.
     */
    post: operations['AdminController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/projections/parked/{position}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let the projections do without a parked event: it leaves the parked list, its tenant’s held events are applied
     * @description The decision is kept: a rebuild skips it too. The event stays in the log.
     */
    post: operations['AdminController_skip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/projections/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Drop every read model and replay the whole log; answers the events replayed and the time taken
     * @description One rebuild at a time: a call made while a rebuild runs joins it and gets the same answer (it does not start a second one). If the rebuild fails part way (the store or the projection database failed), it answers 503 and the projections carry on from where it stopped, following the log again: call it again to rebuild from the start.
     */
    post: operations['AdminController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness: `ok`, `degraded` (an event is parked, or projection batches are failing) or `down` (503: the store does not answer)
     * @description Without a token, only `{status}`. With a global admin token, also the store adapter and the projections: position, lag and the parked events, named (SPEC §5, §6).
     */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ErrorBody: {
      /** @description The HTTP status, repeated */
      statusCode: number;
      /** @description The error code (SPEC §3): which ones, each response says */
      error: string;
      /** @description What happened, in words */
      message: string;
      /** @description VALIDATION_FAILED: `[{field, problems}]`; a refusal: the facts it rests on */
      details?:
        | unknown[]
        | {
            [key: string]: unknown;
          };
    };
    TermBody: {
      /**
       * @description When the seats stop counting (ISO-8601 instant, in the future)
       * @example 2027-01-01T00:00:00Z
       */
      endsAt: string;
      /** @description A trial: shown as such, same lifecycle */
      trial: boolean;
    };
    PurchaseLicensesBody: {
      /**
       * @description SKU to buy
       * @enum {string}
       */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      /** @example 10 */
      quantity: number;
      /** @description R13: a subscription term; none for perpetual seats */
      term?: components['schemas']['TermBody'];
    };
    /**
     * @description Types of the events appended, in order
     * @enum {string}
     */
    EventType:
      | 'AccountCreated'
      | 'AccountDeleted'
      | 'LicensePurchased'
      | 'LicensePurchaseCancelled'
      | 'LicenseAssigned'
      | 'LicenseUnassigned'
      | 'LicenseSwapped'
      | 'PhoneNumberAssigned'
      | 'PhoneNumberReleased'
      | 'RulebookAdopted'
      | 'SubscriptionExpired'
      | 'SubscriptionRenewed'
      | 'PersonalDataErased';
    Warning: {
      /** @enum {string} */
      code: 'SPLIT_SWAP_RISK' | 'FULL_LICENCE_ON_RESOURCE_ACCOUNT';
      accountId: string;
      message: string;
    };
    WriteAnswer: {
      /** @description The licence activity (R5); null when the command changed nothing */
      activityId: string | null;
      /** @description Revision of the tenant’s stream after the write (-1: no events yet); also the ETag */
      revision: number;
      /** @description Types of the events appended, in order */
      events: components['schemas']['EventType'][];
      warnings: components['schemas']['Warning'][];
      /** @description On a purchase: the id of the purchase recorded */
      purchaseId?: string;
    };
    RenewalBody: {
      /** @description The new end of the term (ISO-8601 instant, in the future) */
      endsAt: string;
    };
    RulebookBody: {
      /** @enum {string} */
      rulebook: '2019' | '2020' | 'current';
    };
    CreateAccountBody: {
      /**
       * @description Account id, unique among the tenant’s live accounts
       * @example aa-main
       */
      accountId: string;
      /** @example Main auto attendant */
      displayName: string;
      /** @enum {string} */
      kind: 'user' | 'resource';
      /**
       * @description Required for resource accounts, absent for users
       * @enum {string}
       */
      resourceType?: 'auto-attendant' | 'call-queue';
    };
    AssignLicenseBody: {
      /**
       * @description SKU to assign
       * @enum {string}
       */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
    };
    SwapLicenseBody: {
      /**
       * @description SKU to remove
       * @enum {string}
       */
      fromSku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      /**
       * @description SKU to assign in the same activity
       * @enum {string}
       */
      toSku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
    };
    LicenseActivityBody: {
      /**
       * @description Account whose licences change
       * @example aa-main
       */
      accountId: string;
      /** @default [] */
      add: (
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES'
      )[];
      /** @default [] */
      remove: (
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES'
      )[];
    };
    PhoneNumberBody: {
      /** @example +14255550100 */
      phoneNumber: string;
    };
    ReplacementBody: {
      /**
       * @description Id of the new resource account
       * @example aa-main
       */
      newAccountId: string;
      /** @description Defaults to the old account’s name */
      displayName?: string;
    };
    SeatCount: {
      purchased: number;
      assigned: number;
    };
    FreeSeats: {
      /** @description A(N): the free allocation under the rulebook in force (R2, R9) */
      allocation: number;
      /** @description Free Resource Account seats held */
      held: number;
      /** @description How many more free seats the allocation allows */
      available: number;
    };
    PaidSeats: {
      /** @description Resource Account seats bought beyond the free allocation (R10; 0 before `current`) */
      held: number;
      /** @description Their cost per month at the catalogue’s list price, in USD */
      monthlyCost: number;
    };
    VirtualUserSeats: {
      /** @description A(N): the free Virtual User allocation under the policy (R2) */
      allocation: number;
      purchased: number;
      assigned: number;
      /** @description Purchased seats free to assign */
      available: number;
      /** @description How many more may still be purchased within the allocation (R3) */
      purchasable: number;
      free: components['schemas']['FreeSeats'];
      paid: components['schemas']['PaidSeats'];
    };
    Shortfall: {
      /** @enum {string} */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      /** @description Seats of the SKU assigned to accounts */
      assigned: number;
      /** @description Seats of the SKU held (expired and cancelled seats no longer count) */
      held: number;
    };
    ExpiringTerm: {
      purchaseId: string;
      /** @enum {string} */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      quantity: number;
      /** @description When the term ends (ISO-8601 UTC) */
      endsAt: string;
      /** @description A trial: same lifecycle, shown as such */
      trial: boolean;
    };
    QuotaView: {
      tenantId: string;
      /**
       * @description The rulebook in force (R9); before the first write, the one that write would adopt
       * @enum {string}
       */
      rulebook: '2019' | '2020' | 'current';
      /**
       * @description Derived from the rulebook: `seed` for 2019, `per-ten` otherwise
       * @enum {string}
       */
      policy: 'seed' | 'per-ten';
      /** @description Seats of the SKUs that count for the allocation (PHONE_SYSTEM, E5): N is `purchased` */
      phoneSystemSeats: components['schemas']['SeatCount'];
      virtualUser: components['schemas']['VirtualUserSeats'];
      /** @description Free seats held beyond the allocation (cancelled or expired qualifying seats shrank it), or seats assigned beyond those held */
      overAllocated: boolean;
      /** @description Free Resource Account seats held beyond the allocation (R10) */
      overAllocatedBy: number;
      /** @description SKUs with more seats assigned than held (R13) */
      shortfalls: components['schemas']['Shortfall'][];
      /** @description Terms ending within 30 days (R13) */
      expiring: components['schemas']['ExpiringTerm'][];
      /** @description Log position of the tenant’s last event reflected; null for a tenant without events */
      position: string | null;
      /** @description The instant replayed to, on `asOf` answers (ISO-8601 UTC) */
      asOf?: string;
    };
    /** @enum {string} */
    Sku:
      | 'PHONE_SYSTEM'
      | 'E5'
      | 'PHONE_SYSTEM_VIRTUAL_USER'
      | 'CALLING_PLAN'
      | 'TEAMS_PHONE_WITH_CALLING_PLAN'
      | 'TEAMS_SHARED_DEVICES';
    /**
     * @description R11/R12 flags under the rulebook in force: UNLICENSED, FULL_LICENCE
     * @enum {string}
     */
    ComplianceFlag: 'UNLICENSED' | 'FULL_LICENCE';
    BrokenBy: {
      /** @description The activity that removed the last phone-capable licence */
      removedInActivity: string;
      /** @description The later, separate activity that assigned one (R6) */
      assignedInActivity: string;
      /** @description When it broke (ISO-8601 UTC) */
      at: string;
    };
    AccountView: {
      accountId: string;
      displayName: string;
      /** @enum {string} */
      kind: 'user' | 'resource';
      /**
       * @description Null for user accounts
       * @enum {string|null}
       */
      resourceType: 'auto-attendant' | 'call-queue' | null;
      licenses: components['schemas']['Sku'][];
      /** @description E.164; null when the account has none */
      phoneNumber: string | null;
      /** @enum {string} */
      status: 'healthy' | 'at-risk' | 'broken';
      /** @description Why the account has this status, in a sentence an administrator can act on */
      statusReason: string;
      /** @description R11/R12 flags under the rulebook in force: UNLICENSED, FULL_LICENCE */
      compliance: components['schemas']['ComplianceFlag'][];
      /** @description What to do about the flags, in words (e.g. the swap to make in one activity); null without flags */
      complianceRemedy: string | null;
      /** @description Present when broken (R6) */
      brokenBy?: components['schemas']['BrokenBy'];
    };
    AccountList: {
      /** @description Ordered by account id */
      accounts: components['schemas']['AccountView'][];
    };
    HistoryEntry: {
      /** @description Revision of the event in the tenant’s stream */
      revision: number;
      /** @enum {string} */
      type:
        | 'AccountCreated'
        | 'AccountDeleted'
        | 'LicensePurchased'
        | 'LicensePurchaseCancelled'
        | 'LicenseAssigned'
        | 'LicenseUnassigned'
        | 'LicenseSwapped'
        | 'PhoneNumberAssigned'
        | 'PhoneNumberReleased'
        | 'RulebookAdopted'
        | 'SubscriptionExpired'
        | 'SubscriptionRenewed'
        | 'PersonalDataErased';
      /** @description ISO-8601 UTC */
      occurredAt: string;
      /** @description The `sub` of the token that recorded it */
      actor: string;
      activityId: string;
      /** @description The event’s data (SPEC §2) */
      data: {
        [key: string]: unknown;
      };
    };
    HistoryPage: {
      /** @description Oldest first, or newest first with `order=desc` */
      events: components['schemas']['HistoryEntry'][];
      /** @description Pass as `after` (or `before` with `order=desc`) for the next page; null on the last page */
      next: number | null;
      /** @description SPEC §6: the entries matching the filter, whatever the page */
      total: number;
    };
    TrendPoint: {
      /** @description A(N): the free Resource Account allocation (`virtualUser.free.allocation`; R2, R9) */
      allocation: number;
      /** @description Free Resource Account seats held (`virtualUser.free.held`, R10) */
      free: number;
      /** @description Resource Account seats bought beyond the allocation (`virtualUser.paid.held`, R10) */
      paid: number;
      /** @description Resource Account seats assigned (`virtualUser.assigned`) */
      assigned: number;
      /** @description N: seats of the SKUs counting for the allocation under the rulebook in force (`phoneSystemSeats.purchased`) */
      phoneSystemSeats: number;
      /** @description Resource accounts broken by a split swap (R6) */
      broken: number;
      /** @description Resource accounts flagged UNLICENSED (R11) or FULL_LICENCE (R12) */
      nonCompliant: number;
      /** @description What the paid seats cost a month at list price, in USD (`virtualUser.paid.monthlyCost`) */
      monthlyCost: number;
      /** @description ISO-8601 UTC: the end of the interval (the last one clipped to `to`). The point is the state as `asOf` at this instant answers it: every event that occurred at or before it counts */
      at: string;
      /**
       * @description The rulebook in force at `at` (R9); before the tenant’s first write, the one it would adopt
       * @enum {string}
       */
      rulebook: '2019' | '2020' | 'current';
      /** @description `at` is after the time of the request: a forecast from the terms recorded (R13), as `asOf` answers it */
      forecast: boolean;
    };
    TenantTrend: {
      /** @enum {string} */
      interval: 'day' | 'week' | 'month';
      /** @description The start of the series, ISO-8601 UTC */
      from: string;
      /** @description The end of the series (the last point), ISO-8601 UTC */
      to: string;
      tenantId: string;
      /** @description Oldest first, one per interval. A tenant without events answers points of zeros, as its quota view does */
      points: components['schemas']['TrendPoint'][];
    };
    ReconciliationBody: {
      /** @description organization.json: Microsoft Graph `GET /organization`, as text */
      organization: string;
      /** @description subscribedSkus.json: Microsoft Graph `GET /subscribedSkus`, as text */
      subscribedSkus: string;
      /** @description users.json: Microsoft Graph `GET /users?$select=id,displayName,userPrincipalName,assignedLicenses,licenseAssignmentStates`, as text */
      users: string;
      /** @description `Get-CsOnlineApplicationInstance` piped to `ConvertTo-Json` or `Export-Csv`, as text */
      applicationInstances: string;
      /**
       * @description The format of `applicationInstances`
       * @default json
       * @enum {string}
       */
      applicationInstancesFormat: 'json' | 'csv';
    };
    SeatDifference: {
      /** @enum {string} */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      /** @description Seats purchased in the ledger */
      ledger: number;
      /** @description Seats enabled in the tenant (`prepaidUnits.enabled`) */
      tenant: number;
    };
    AccountOnlyInTenant: {
      /** @description The directory object id */
      accountId: string;
      /** @enum {string} */
      kind: 'user' | 'resource';
      /**
       * @description Resource accounts only
       * @enum {string}
       */
      resourceType?: 'auto-attendant' | 'call-queue';
    };
    AccountOnlyInLedger: {
      accountId: string;
      /** @enum {string} */
      kind: 'user' | 'resource';
    };
    LicenseDifference: {
      accountId: string;
      /** @description Held in the tenant, not in the ledger */
      onlyInTenant: components['schemas']['Sku'][];
      /** @description Held in the ledger, not in the tenant */
      onlyInLedger: components['schemas']['Sku'][];
    };
    PhoneNumberDifference: {
      accountId: string;
      /** @description E.164 */
      ledger: string | null;
      /** @description E.164 */
      tenant: string | null;
    };
    TenantCompliance: {
      accountId: string;
      flags: components['schemas']['ComplianceFlag'][];
    };
    UnknownSku: {
      /** @description The vendor’s skuPartNumber, which the catalogue does not map */
      skuPartNumber: string;
      enabledUnits: number;
      consumedUnits: number;
    };
    UnknownApplication: {
      accountId: string;
      /** @description Neither the auto attendant’s nor the call queue’s application id */
      applicationId: string;
    };
    UnrecordableLicense: {
      accountId: string;
      /** @enum {string} */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      reason: string;
    };
    PhoneSystemDisabled: {
      accountId: string;
      /** @enum {string} */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      /** @description The service plan turned off in the licence: MCOEV (Phone System) */
      servicePlanId: string;
    };
    Reconciliation: {
      tenantId: string;
      /** @description The directory tenant of the export (`organization.id`) */
      directoryTenantId: string;
      /**
       * @description The rulebook the compliance flags are judged by
       * @enum {string}
       */
      rulebook: '2019' | '2020' | 'current';
      seats: components['schemas']['SeatDifference'][];
      accountsOnlyInTenant: components['schemas']['AccountOnlyInTenant'][];
      accountsOnlyInLedger: components['schemas']['AccountOnlyInLedger'][];
      licenses: components['schemas']['LicenseDifference'][];
      phoneNumbers: components['schemas']['PhoneNumberDifference'][];
      /** @description R11/R12 flags of the tenant’s accounts today */
      compliance: components['schemas']['TenantCompliance'][];
      unknownSkus: components['schemas']['UnknownSku'][];
      unknownApplications: components['schemas']['UnknownApplication'][];
      unrecordableLicenses: components['schemas']['UnrecordableLicense'][];
      /** @description Licences held with their Phone System service plan turned off (`disabledPlans`): the seat is used, the account has no Phone System */
      phoneSystemDisabled: components['schemas']['PhoneSystemDisabled'][];
    };
    CatalogueEntry: {
      /**
       * @description The SKU id: it never changes
       * @enum {string}
       */
      sku:
        | 'PHONE_SYSTEM'
        | 'E5'
        | 'PHONE_SYSTEM_VIRTUAL_USER'
        | 'CALLING_PLAN'
        | 'TEAMS_PHONE_WITH_CALLING_PLAN'
        | 'TEAMS_SHARED_DEVICES';
      /**
       * @description Today’s name
       * @example Teams Phone Resource Account
       */
      name: string;
      /**
       * @example [
       *       "Phone System – Virtual User"
       *     ]
       */
      formerNames: string[];
      /**
       * @description List price, USD per seat per month
       * @example 0
       */
      listPriceUsd: number;
      phoneCapable: boolean;
      /** @description The rulebooks under which it counts for N */
      countsFor: ('2019' | '2020' | 'current')[];
      /** @description Who may hold it */
      holders: ('user' | 'resource')[];
    };
    Catalogue: {
      skus: components['schemas']['CatalogueEntry'][];
    };
    ComplianceCounts: {
      /** @description Resource accounts without a phone-capable licence (R11) */
      UNLICENSED: number;
      /** @description Resource accounts holding a full licence (R12) */
      FULL_LICENCE: number;
    };
    QuotaReportRow: {
      tenantId: string;
      /**
       * @description The rulebook in force (R9); before the first write, the one that write would adopt
       * @enum {string}
       */
      rulebook: '2019' | '2020' | 'current';
      /**
       * @description Derived from the rulebook: `seed` for 2019, `per-ten` otherwise
       * @enum {string}
       */
      policy: 'seed' | 'per-ten';
      /** @description Seats of the SKUs that count for the allocation (PHONE_SYSTEM, E5): N is `purchased` */
      phoneSystemSeats: components['schemas']['SeatCount'];
      virtualUser: components['schemas']['VirtualUserSeats'];
      /** @description Free seats held beyond the allocation (cancelled or expired qualifying seats shrank it), or seats assigned beyond those held */
      overAllocated: boolean;
      /** @description Free Resource Account seats held beyond the allocation (R10) */
      overAllocatedBy: number;
      /** @description SKUs with more seats assigned than held (R13) */
      shortfalls: components['schemas']['Shortfall'][];
      /** @description Terms ending within 30 days (R13) */
      expiring: components['schemas']['ExpiringTerm'][];
      /** @description Log position of the tenant’s last event reflected; null for a tenant without events */
      position: string | null;
      /** @description The instant replayed to, on `asOf` answers (ISO-8601 UTC) */
      asOf?: string;
      /** @description How many of its accounts carry each flag */
      compliance: components['schemas']['ComplianceCounts'];
    };
    QuotaReport: {
      /** @description The instant replayed to, when `asOf` was given (ISO-8601 UTC) */
      asOf?: string;
      /** @description One quota view per tenant, with its compliance counts */
      tenants: components['schemas']['QuotaReportRow'][];
    };
    BrokenAccountEntry: {
      accountId: string;
      displayName: string;
      /** @enum {string} */
      kind: 'user' | 'resource';
      /**
       * @description Null for user accounts
       * @enum {string|null}
       */
      resourceType: 'auto-attendant' | 'call-queue' | null;
      licenses: components['schemas']['Sku'][];
      /** @description E.164; null when the account has none */
      phoneNumber: string | null;
      /** @enum {string} */
      status: 'healthy' | 'at-risk' | 'broken';
      /** @description Why the account has this status, in a sentence an administrator can act on */
      statusReason: string;
      /** @description R11/R12 flags under the rulebook in force: UNLICENSED, FULL_LICENCE */
      compliance: components['schemas']['ComplianceFlag'][];
      /** @description What to do about the flags, in words (e.g. the swap to make in one activity); null without flags */
      complianceRemedy: string | null;
      /** @description Present when broken (R6) */
      brokenBy?: components['schemas']['BrokenBy'];
      tenantId: string;
    };
    BrokenAccountsReport: {
      accounts: components['schemas']['BrokenAccountEntry'][];
    };
    EstateTrendPoint: {
      /** @description A(N): the free Resource Account allocation (`virtualUser.free.allocation`; R2, R9) */
      allocation: number;
      /** @description Free Resource Account seats held (`virtualUser.free.held`, R10) */
      free: number;
      /** @description Resource Account seats bought beyond the allocation (`virtualUser.paid.held`, R10) */
      paid: number;
      /** @description Resource Account seats assigned (`virtualUser.assigned`) */
      assigned: number;
      /** @description N: seats of the SKUs counting for the allocation under the rulebook in force (`phoneSystemSeats.purchased`) */
      phoneSystemSeats: number;
      /** @description Resource accounts broken by a split swap (R6) */
      broken: number;
      /** @description Resource accounts flagged UNLICENSED (R11) or FULL_LICENCE (R12) */
      nonCompliant: number;
      /** @description What the paid seats cost a month at list price, in USD (`virtualUser.paid.monthlyCost`) */
      monthlyCost: number;
      /** @description ISO-8601 UTC: the end of the interval (the last one clipped to `to`). The point is the state as `asOf` at this instant answers it: every event that occurred at or before it counts */
      at: string;
      /**
       * @description The rulebook of every tenant counted (R9); null when they are governed by more than one; with no tenant yet, the one a first write would adopt
       * @enum {string|null}
       */
      rulebook: '2019' | '2020' | 'current' | null;
      /** @description `at` is after the time of the request: a forecast from the terms recorded (R13), as `asOf` answers it */
      forecast: boolean;
      /** @description The tenants with events by `at`: the figures are their sums */
      tenants: number;
    };
    EstateTrend: {
      /** @enum {string} */
      interval: 'day' | 'week' | 'month';
      /** @description The start of the series, ISO-8601 UTC */
      from: string;
      /** @description The end of the series (the last point), ISO-8601 UTC */
      to: string;
      /** @description Oldest first */
      points: components['schemas']['EstateTrendPoint'][];
    };
    /**
     * @description The worst severity among its reasons
     * @enum {string}
     */
    AttentionSeverity: 'critical' | 'warning' | 'notice';
    /**
     * @description BROKEN_ACCOUNTS (R6), OVER_ALLOCATED (free seats held beyond the allocation, R10), SHORTFALL (seats assigned beyond those held, R13) — critical; UNLICENSED (R11), FULL_LICENCE (R12) — warning; TERMS_ENDING (within 30 days), ALLOCATION_NEARLY_USED (free seats held ≥ 90 % of the free allocation, and not over it) — notice
     * @enum {string}
     */
    AttentionCode:
      | 'BROKEN_ACCOUNTS'
      | 'OVER_ALLOCATED'
      | 'SHORTFALL'
      | 'UNLICENSED'
      | 'FULL_LICENCE'
      | 'TERMS_ENDING'
      | 'ALLOCATION_NEARLY_USED';
    AttentionReason: {
      /** @description BROKEN_ACCOUNTS (R6), OVER_ALLOCATED (free seats held beyond the allocation, R10), SHORTFALL (seats assigned beyond those held, R13) — critical; UNLICENSED (R11), FULL_LICENCE (R12) — warning; TERMS_ENDING (within 30 days), ALLOCATION_NEARLY_USED (free seats held ≥ 90 % of the free allocation, and not over it) — notice */
      code: components['schemas']['AttentionCode'];
      /** @description How urgent this reason is */
      severity: components['schemas']['AttentionSeverity'];
      /** @description How many accounts, seats or terms it concerns */
      count: number;
      /** @description What is wrong, in plain words with the numbers */
      message: string;
      /** @description What to do about it */
      remedy: string;
    };
    AttentionEntry: {
      tenantId: string;
      /** @description The worst severity among its reasons */
      severity: components['schemas']['AttentionSeverity'];
      /** @description Worst first */
      reasons: components['schemas']['AttentionReason'][];
    };
    AttentionSummary: {
      /** @description Every tenant looked at (every tenant with events) */
      tenants: number;
      /** @description Those that need action (all pages) */
      needingAction: number;
      /** @description Tenants whose worst reason is critical */
      critical: number;
      /** @description Tenants whose worst reason is a warning */
      warning: number;
      /** @description Tenants whose worst reason is a notice */
      notice: number;
    };
    AttentionReport: {
      /** @description Only tenants that need action, worst first: by severity (critical, warning, notice), then by the accounts, seats or terms concerned by the reasons of that severity (most first), then by tenant id */
      tenants: components['schemas']['AttentionEntry'][];
      summary: components['schemas']['AttentionSummary'];
      /** @description With `limit`: pass it as `after` for the next page; null on the last page */
      next: string | null;
    };
    ParkedEvent: {
      /** @description Log position of the parked event (digits) */
      position: string;
      /** @description Null when the stream is not a tenant’s */
      tenantId: string | null;
      /** @description Revision in its stream (digits) */
      revision: string;
      /** @description The stored event type */
      type: string;
      /** @description The projections that could not apply it */
      projections: string[];
      /** @description Why it could not be applied */
      error: string;
      /** @description ISO-8601 UTC */
      parkedAt: string;
    };
    ProjectionsStatus: {
      /** @description The log position every projection has applied (digits) */
      position: string;
      /** @description Newest log position; null when empty or unreachable */
      head: string | null;
      /** @description Positions not applied yet; null when the store does not answer */
      lag: string | null;
      rebuilding: boolean;
      /** @description The last batch failed and is being retried */
      retrying: boolean;
      parked: components['schemas']['ParkedEvent'][];
    };
    RetryAnswer: {
      /** @enum {boolean} */
      applied: true;
    };
    SkipAnswer: {
      skipped: components['schemas']['ParkedEvent'];
    };
    RebuildAnswer: {
      /** @description Events replayed */
      events: number;
      /** @description Time taken, in milliseconds */
      ms: number;
    };
    StoreHealth: {
      up: boolean;
      /** @enum {string} */
      adapter: 'embedded' | 'eventstoredb';
    };
    HealthAnswer: {
      /** @enum {string} */
      status: 'ok' | 'degraded' | 'down';
      /** @description Only with a global admin token */
      store?: components['schemas']['StoreHealth'];
      /** @description Only with a global admin token */
      projections?: components['schemas']['ProjectionsStatus'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  MetricsController_scrape: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
    };
  };
  TenantWritesController_purchase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PurchaseLicensesBody'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: NOT_QUALIFIED, ALLOCATION_EXCEEDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?: 'NOT_QUALIFIED' | 'ALLOCATION_EXCEEDED';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_renew: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description The `purchaseId` its purchase answered */
        purchaseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenewalBody'];
      };
    };
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: SUBSCRIPTION_EXPIRED, NO_TERM */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?: 'SUBSCRIPTION_EXPIRED' | 'NO_TERM';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_adoptRulebook: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RulebookBody'];
      };
    };
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_erasePersonalData: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_cancelPurchase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description The `purchaseId` its purchase answered */
        purchaseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: SEATS_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?: 'SEATS_IN_USE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantReadsController_accounts: {
    parameters: {
      query?: {
        /** @description ISO-8601 instant: the answer is the log replayed up to it; up to 366 days ahead, a forecast from the terms recorded (R13) */
        asOf?: string;
        status?: 'healthy' | 'at-risk' | 'broken';
        /** @description R11/R12: only accounts with this flag */
        compliance?: 'UNLICENSED' | 'FULL_LICENCE';
      };
      header?: never;
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountList'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_createAccount: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAccountBody'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: ACCOUNT_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?: 'ACCOUNT_EXISTS';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantReadsController_account: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_deleteAccount: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_assignLicense: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignLicenseBody'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_removeLicense: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
        /** @description SKU to remove */
        sku:
          | 'PHONE_SYSTEM'
          | 'E5'
          | 'PHONE_SYSTEM_VIRTUAL_USER'
          | 'CALLING_PLAN'
          | 'TEAMS_PHONE_WITH_CALLING_PLAN'
          | 'TEAMS_SHARED_DEVICES';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_swapLicense: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SwapLicenseBody'];
      };
    };
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_changeLicenses: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LicenseActivityBody'];
      };
    };
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_assignPhoneNumber: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PhoneNumberBody'];
      };
    };
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_REQUIRED, PHONE_NUMBER_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?: 'LICENSE_REQUIRED' | 'PHONE_NUMBER_IN_USE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_releasePhoneNumber: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recorded (or nothing to change) */
      200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantWritesController_replaceAccount: {
    parameters: {
      query?: never;
      header?: {
        /** @description Recorded on the events */
        'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Tenant id */
        tenantId: string;
        /** @description Account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplacementBody'];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: NOT_A_RESOURCE_ACCOUNT, ACCOUNT_EXISTS, NO_SEAT_AVAILABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?: 'NOT_A_RESOURCE_ACCOUNT' | 'ACCOUNT_EXISTS' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 412;
            /** @enum {string} */
            error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 422;
            /** @enum {string} */
            error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantReadsController_quota: {
    parameters: {
      query?: {
        /** @description ISO-8601 instant: the answer is the log replayed up to it; up to 366 days ahead, a forecast from the terms recorded (R13) */
        asOf?: string;
      };
      header?: never;
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The quota view; `ETag` names the tenant’s revision (without `asOf`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuotaView'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantReadsController_history: {
    parameters: {
      query?: {
        /** @description Only this account’s events */
        accountId?: string;
        type?:
          | 'AccountCreated'
          | 'AccountDeleted'
          | 'LicensePurchased'
          | 'LicensePurchaseCancelled'
          | 'LicenseAssigned'
          | 'LicenseUnassigned'
          | 'LicenseSwapped'
          | 'PhoneNumberAssigned'
          | 'PhoneNumberReleased'
          | 'RulebookAdopted'
          | 'SubscriptionExpired'
          | 'SubscriptionRenewed'
          | 'PersonalDataErased';
        /** @description Events at or after this instant (ISO-8601) */
        from?: string;
        /** @description Events before this instant (ISO-8601) */
        to?: string;
        /** @description SPEC §6: `asc` oldest first, paged by `after`; `desc` newest first, paged by `before` */
        order?: 'asc' | 'desc';
        /** @description With `order=asc`: a revision, the `next` of the previous page */
        after?: number;
        /** @description With `order=desc`: only entries before this revision, the `next` of the previous page */
        before?: number;
        limit?: number;
      };
      header?: never;
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantReadsController_trend: {
    parameters: {
      query: {
        format?: 'json' | 'csv';
        /** @description ISO-8601 instant: the series starts here (its first point is the end of the interval holding it) */
        from: string;
        /** @description ISO-8601 instant, not before `from`: the last point, the last interval clipped to it. Up to 366 days ahead: points after now are forecasts from the terms recorded (R13, `forecast: true`) */
        to: string;
        /** @description Calendar intervals in UTC: `day` ends at midnight UTC, `week` on Monday at midnight UTC (ISO 8601 weeks), `month` on the first of the month at midnight UTC. At most 1000 points. */
        interval: 'day' | 'week' | 'month';
      };
      header?: never;
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON, or with `format=csv` the same rows as CSV (a header row first) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantTrend'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantExportController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One JSON object per line. First the events, oldest first: streamName, revision and position (decimal strings), id, type, data, metadata, recordedAt. Then one last line that says the export is complete: {"exportEnd": {"streamName", "events" (how many event lines), "lastRevision" (a decimal string), "sha256" (hex SHA-256 of every byte before this line, each event line with its newline)}}. An answer without that end line, or that does not match it, was cut short or altered: if reading the log fails part-way, the connection is closed without the end line. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  TenantReconciliationController_reconcile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Tenant id */
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReconciliationBody'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Reconciliation'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 413;
            /** @enum {string} */
            error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 415;
            /** @enum {string} */
            error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  CatalogueController_catalogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Catalogue'];
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
    };
  };
  ReportsController_quota: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        /** @description ISO-8601 instant: every tenant as it stood then, replayed from the log */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON, or with `format=csv` the same rows as CSV (a header row first) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuotaReport'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  ReportsController_brokenAccounts: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON, or with `format=csv` the same rows as CSV (a header row first) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokenAccountsReport'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  ReportsController_trend: {
    parameters: {
      query: {
        format?: 'json' | 'csv';
        /** @description ISO-8601 instant: the series starts here (its first point is the end of the interval holding it) */
        from: string;
        /** @description ISO-8601 instant, not before `from`: the last point, the last interval clipped to it. Up to 366 days ahead: points after now are forecasts from the terms recorded (R13, `forecast: true`) */
        to: string;
        /** @description Calendar intervals in UTC: `day` ends at midnight UTC, `week` on Monday at midnight UTC (ISO 8601 weeks), `month` on the first of the month at midnight UTC. At most 1000 points. */
        interval: 'day' | 'week' | 'month';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON, or with `format=csv` the same rows as CSV (a header row first) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EstateTrend'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  ReportsController_attention: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        /** @description At most this many tenants (a page); without it, every tenant needing action */
        limit?: number;
        /** @description The `next` of the previous page (an opaque cursor) */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON, or with `format=csv` the same rows as CSV (a header row first) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttentionReport'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  AdminController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectionsStatus'];
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
    };
  };
  AdminController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Log position of the parked event (digits) */
        position: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetryAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: PARKED_EVENT_STILL_FAILS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 409;
            /** @enum {string} */
            error?: 'PARKED_EVENT_STILL_FAILS';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  AdminController_skip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Log position of the parked event (digits) */
        position: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkipAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 400;
            /** @enum {string} */
            error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 404;
            /** @enum {string} */
            error?: 'NOT_FOUND';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 414;
            /** @enum {string} */
            error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  AdminController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RebuildAnswer'];
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 401;
            /** @enum {string} */
            error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 403;
            /** @enum {string} */
            error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 429;
            /** @enum {string} */
            error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REBUILD_INTERRUPTED */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            statusCode?: 503;
            /** @enum {string} */
            error?: 'STORE_UNAVAILABLE' | 'REBUILD_INTERRUPTED';
          };
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `ok` or `degraded` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthAnswer'];
        };
      };
      /** @description `down`: the store does not answer */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthAnswer'];
        };
      };
    };
  };
}
