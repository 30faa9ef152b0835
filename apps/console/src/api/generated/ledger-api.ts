/**
 * Generated from the OpenAPI document the ledger API serves at /docs-json: do not edit.
 * Regenerate with `npm run generate:api`; test/contract/openapi-contract.e2e-spec.ts fails
 * while this file and the served document differ.
 */

export interface paths {
  readonly '/metrics': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Prometheus metrics: requests, commands, conflict retries, projection lag, process */
    readonly get: operations['MetricsController_scrape'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/purchases': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Buy seats of a SKU (Virtual User seats at price 0, within the allocation: R2, R3) */
    readonly post: operations['TenantWritesController_purchase'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/purchases/{purchaseId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Cancel a purchase whose seats are not in use (R4) */
    readonly delete: operations['TenantWritesController_cancelPurchase'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/accounts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Accounts of the tenant, optionally by split-swap status (R6); `asOf` replays to an instant */
    readonly get: operations['TenantReadsController_accounts'];
    readonly put?: never;
    /** Create a user or resource account */
    readonly post: operations['TenantWritesController_createAccount'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/accounts/{accountId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One account: licences, number, status and what broke it */
    readonly get: operations['TenantReadsController_account'];
    readonly put?: never;
    readonly post?: never;
    /** Delete an account, releasing its number and licences first (R7) */
    readonly delete: operations['TenantWritesController_deleteAccount'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/accounts/{accountId}/licenses': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Assign a licence (R4) */
    readonly post: operations['TenantWritesController_assignLicense'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/accounts/{accountId}/licenses/{sku}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Remove a licence; removing the last phone-capable one warns SPLIT_SWAP_RISK (R8) */
    readonly delete: operations['TenantWritesController_removeLicense'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/accounts/{accountId}/license-swap': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Swap one licence for another in one activity: one LicenseSwapped event (R5) */
    readonly post: operations['TenantWritesController_swapLicense'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/license-activities': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Add and remove licences on one account as one licence activity (R5) */
    readonly post: operations['TenantWritesController_changeLicenses'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/accounts/{accountId}/phone-number': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** Assign a phone number; needs a phone-capable licence (R1, R8) */
    readonly put: operations['TenantWritesController_assignPhoneNumber'];
    readonly post?: never;
    /** Release the account’s phone number */
    readonly delete: operations['TenantWritesController_releasePhoneNumber'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/accounts/{accountId}/replacement': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Replace a (broken) resource account: new account with the Virtual User licence and the number (R6) */
    readonly post: operations['TenantWritesController_replaceAccount'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/quota': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Seats, the free Virtual User allocation (R2) and over-allocation; `asOf` replays to an instant */
    readonly get: operations['TenantReadsController_quota'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/tenants/{tenantId}/history': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The tenant’s events, oldest first, filtered and paged by revision (`after`, `limit` ≤ 1000) */
    readonly get: operations['TenantReadsController_history'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/reports/quota': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every tenant’s quota, now or `asOf` an instant (replayed from the log) */
    readonly get: operations['ReportsController_quota'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/reports/broken-accounts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every resource account broken by a split swap (R6), across tenants */
    readonly get: operations['ReportsController_brokenAccounts'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/admin/projections': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The projections: position, lag behind the log, and the parked events (SPEC §5)
     * @description An event a projection cannot apply (unknown type, newer schema version, a projection bug) is parked with its error; the other tenants flow on. The tenant of a parked event is held: its views stay at the revision before it and its reads answer 503 PROJECTION_PARKED until it is retried or skipped.
     */
    readonly get: operations['AdminController_status'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/admin/projections/parked/{position}/retry': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Apply a parked event again (after a fix), then the events of its tenant held behind it
     * @description 200 `{applied: true}` when it applied; 409 PARKED_EVENT_STILL_FAILS (with its error) when it stays parked.
     */
    readonly post: operations['AdminController_retry'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/admin/projections/parked/{position}/skip': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Let the projections do without a parked event: it leaves the parked list, its tenant’s held events are applied
     * @description The decision is kept: a rebuild skips it too. The event stays in the log.
     */
    readonly post: operations['AdminController_skip'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/admin/projections/rebuild': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Drop every read model and replay the whole log; answers the events replayed and the time taken
     * @description One rebuild at a time: a call made while a rebuild runs joins it and gets the same answer (it does not start a second one). If the rebuild fails part way (the store or the projection database failed), it answers 503 and the projections carry on from where it stopped, following the log again: call it again to rebuild from the start.
     */
    readonly post: operations['AdminController_rebuild'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/health': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Liveness: `ok`, `degraded` (an event is parked, or projection batches are failing) or `down` (503: the store does not answer)
     * @description Without a token, only `{status}`. With a global admin token, also the store adapter and the projections: position, lag and the parked events, named (SPEC §5, §6).
     */
    readonly get: operations['HealthController_health'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    readonly ErrorBody: {
      /** @description The HTTP status, repeated */
      readonly statusCode: number;
      /** @description The error code (SPEC §3): which ones, each response says */
      readonly error: string;
      /** @description What happened, in words */
      readonly message: string;
      /** @description VALIDATION_FAILED: `[{field, problems}]`; a refusal: the facts it rests on */
      readonly details?:
        | readonly unknown[]
        | {
            readonly [key: string]: unknown;
          };
    };
    readonly PurchaseLicensesBody: {
      /**
       * @description SKU to buy
       * @enum {string}
       */
      readonly sku: 'PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN';
      /** @example 10 */
      readonly quantity: number;
    };
    /**
     * @description Types of the events appended, in order
     * @enum {string}
     */
    readonly EventType:
      | 'AccountCreated'
      | 'AccountDeleted'
      | 'LicensePurchased'
      | 'LicensePurchaseCancelled'
      | 'LicenseAssigned'
      | 'LicenseUnassigned'
      | 'LicenseSwapped'
      | 'PhoneNumberAssigned'
      | 'PhoneNumberReleased';
    readonly Warning: {
      /** @enum {string} */
      readonly code: 'SPLIT_SWAP_RISK';
      readonly accountId: string;
      readonly message: string;
    };
    readonly WriteAnswer: {
      /** @description The licence activity (R5); null when the command changed nothing */
      readonly activityId: string | null;
      /** @description Revision of the tenant’s stream after the write (-1: no events yet); also the ETag */
      readonly revision: number;
      /** @description Types of the events appended, in order */
      readonly events: readonly components['schemas']['EventType'][];
      readonly warnings: readonly components['schemas']['Warning'][];
      /** @description On a purchase: the id of the purchase recorded */
      readonly purchaseId?: string;
    };
    readonly CreateAccountBody: {
      /**
       * @description Account id, unique among the tenant’s live accounts
       * @example aa-main
       */
      readonly accountId: string;
      /** @example Main auto attendant */
      readonly displayName: string;
      /** @enum {string} */
      readonly kind: 'user' | 'resource';
      /**
       * @description Required for resource accounts, absent for users
       * @enum {string}
       */
      readonly resourceType?: 'auto-attendant' | 'call-queue';
    };
    readonly AssignLicenseBody: {
      /**
       * @description SKU to assign
       * @enum {string}
       */
      readonly sku: 'PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN';
    };
    readonly SwapLicenseBody: {
      /**
       * @description SKU to remove
       * @enum {string}
       */
      readonly fromSku: 'PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN';
      /**
       * @description SKU to assign in the same activity
       * @enum {string}
       */
      readonly toSku: 'PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN';
    };
    readonly LicenseActivityBody: {
      /**
       * @description Account whose licences change
       * @example aa-main
       */
      readonly accountId: string;
      /** @default [] */
      readonly add: readonly ('PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN')[];
      /** @default [] */
      readonly remove: readonly ('PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN')[];
    };
    readonly PhoneNumberBody: {
      /** @example +14255550100 */
      readonly phoneNumber: string;
    };
    readonly ReplacementBody: {
      /**
       * @description Id of the new resource account
       * @example aa-main
       */
      readonly newAccountId: string;
      /** @description Defaults to the old account’s name */
      readonly displayName?: string;
    };
    readonly SeatCount: {
      readonly purchased: number;
      readonly assigned: number;
    };
    readonly VirtualUserSeats: {
      /** @description A(N): the free Virtual User allocation under the policy (R2) */
      readonly allocation: number;
      readonly purchased: number;
      readonly assigned: number;
      /** @description Purchased seats free to assign */
      readonly available: number;
      /** @description How many more may still be purchased within the allocation (R3) */
      readonly purchasable: number;
    };
    readonly QuotaView: {
      readonly tenantId: string;
      /**
       * @description The policy of the latest purchase; before any, the one a purchase would use now
       * @enum {string}
       */
      readonly policy: 'seed' | 'per-ten';
      /** @description Seats of the SKUs that count for the allocation (PHONE_SYSTEM, E5): N is `purchased` */
      readonly phoneSystemSeats: components['schemas']['SeatCount'];
      readonly virtualUser: components['schemas']['VirtualUserSeats'];
      /** @description Cancelled Phone System seats pushed A(N) below the Virtual User seats already purchased */
      readonly overAllocated: boolean;
      /** @description Log position of the tenant’s last event reflected; null for a tenant without events */
      readonly position: string | null;
      /** @description The instant replayed to, on `asOf` answers (ISO-8601 UTC) */
      readonly asOf?: string;
    };
    /** @enum {string} */
    readonly Sku: 'PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN';
    readonly BrokenBy: {
      /** @description The activity that removed the last phone-capable licence */
      readonly removedInActivity: string;
      /** @description The later, separate activity that assigned one (R6) */
      readonly assignedInActivity: string;
      /** @description When it broke (ISO-8601 UTC) */
      readonly at: string;
    };
    readonly AccountView: {
      readonly accountId: string;
      readonly displayName: string;
      /** @enum {string} */
      readonly kind: 'user' | 'resource';
      /**
       * @description Null for user accounts
       * @enum {string|null}
       */
      readonly resourceType: 'auto-attendant' | 'call-queue' | null;
      readonly licenses: readonly components['schemas']['Sku'][];
      /** @description E.164; null when the account has none */
      readonly phoneNumber: string | null;
      /** @enum {string} */
      readonly status: 'healthy' | 'at-risk' | 'broken';
      /** @description Why the account has this status, in a sentence an administrator can act on */
      readonly statusReason: string;
      /** @description Present when broken (R6) */
      readonly brokenBy?: components['schemas']['BrokenBy'];
    };
    readonly AccountList: {
      /** @description Ordered by account id */
      readonly accounts: readonly components['schemas']['AccountView'][];
    };
    readonly HistoryEntry: {
      /** @description Revision of the event in the tenant’s stream */
      readonly revision: number;
      /** @enum {string} */
      readonly type:
        | 'AccountCreated'
        | 'AccountDeleted'
        | 'LicensePurchased'
        | 'LicensePurchaseCancelled'
        | 'LicenseAssigned'
        | 'LicenseUnassigned'
        | 'LicenseSwapped'
        | 'PhoneNumberAssigned'
        | 'PhoneNumberReleased';
      /** @description ISO-8601 UTC */
      readonly occurredAt: string;
      /** @description The `sub` of the token that recorded it */
      readonly actor: string;
      readonly activityId: string;
      /** @description The event’s data (SPEC §2) */
      readonly data: {
        readonly [key: string]: unknown;
      };
    };
    readonly HistoryPage: {
      /** @description Oldest first */
      readonly events: readonly components['schemas']['HistoryEntry'][];
      /** @description Pass as `after` for the next page; null on the last page */
      readonly next: number | null;
    };
    readonly QuotaReport: {
      /** @description The instant replayed to, when `asOf` was given (ISO-8601 UTC) */
      readonly asOf?: string;
      /** @description One quota view per tenant */
      readonly tenants: readonly components['schemas']['QuotaView'][];
    };
    readonly BrokenAccountEntry: {
      readonly accountId: string;
      readonly displayName: string;
      /** @enum {string} */
      readonly kind: 'user' | 'resource';
      /**
       * @description Null for user accounts
       * @enum {string|null}
       */
      readonly resourceType: 'auto-attendant' | 'call-queue' | null;
      readonly licenses: readonly components['schemas']['Sku'][];
      /** @description E.164; null when the account has none */
      readonly phoneNumber: string | null;
      /** @enum {string} */
      readonly status: 'healthy' | 'at-risk' | 'broken';
      /** @description Why the account has this status, in a sentence an administrator can act on */
      readonly statusReason: string;
      /** @description Present when broken (R6) */
      readonly brokenBy?: components['schemas']['BrokenBy'];
      readonly tenantId: string;
    };
    readonly BrokenAccountsReport: {
      readonly accounts: readonly components['schemas']['BrokenAccountEntry'][];
    };
    readonly ParkedEvent: {
      /** @description Log position of the parked event (digits) */
      readonly position: string;
      /** @description Null when the stream is not a tenant’s */
      readonly tenantId: string | null;
      /** @description Revision in its stream (digits) */
      readonly revision: string;
      /** @description The stored event type */
      readonly type: string;
      /** @description The projections that could not apply it */
      readonly projections: readonly string[];
      /** @description Why it could not be applied */
      readonly error: string;
      /** @description ISO-8601 UTC */
      readonly parkedAt: string;
    };
    readonly ProjectionsStatus: {
      /** @description The log position every projection has applied (digits) */
      readonly position: string;
      /** @description Newest log position; null when empty or unreachable */
      readonly head: string | null;
      /** @description Positions not applied yet; null when the store does not answer */
      readonly lag: string | null;
      readonly rebuilding: boolean;
      /** @description The last batch failed and is being retried */
      readonly retrying: boolean;
      readonly parked: readonly components['schemas']['ParkedEvent'][];
    };
    readonly RetryAnswer: {
      /** @enum {boolean} */
      readonly applied: true;
    };
    readonly SkipAnswer: {
      readonly skipped: components['schemas']['ParkedEvent'];
    };
    readonly RebuildAnswer: {
      /** @description Events replayed */
      readonly events: number;
      /** @description Time taken, in milliseconds */
      readonly ms: number;
    };
    readonly StoreHealth: {
      readonly up: boolean;
      /** @enum {string} */
      readonly adapter: 'embedded' | 'eventstoredb';
    };
    readonly HealthAnswer: {
      /** @enum {string} */
      readonly status: 'ok' | 'degraded' | 'down';
      /** @description Only with a global admin token */
      readonly store?: components['schemas']['StoreHealth'];
      /** @description Only with a global admin token */
      readonly projections?: components['schemas']['ProjectionsStatus'];
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
  readonly MetricsController_scrape: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Prometheus text exposition format */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/plain': string;
        };
      };
    };
  };
  readonly TenantWritesController_purchase: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['PurchaseLicensesBody'];
      };
    };
    readonly responses: {
      /** @description Recorded */
      readonly 201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: NOT_QUALIFIED, ALLOCATION_EXCEEDED */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?: 'NOT_QUALIFIED' | 'ALLOCATION_EXCEEDED';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 415;
            /** @enum {string} */
            readonly error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_cancelPurchase: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description The `purchaseId` its purchase answered */
        readonly purchaseId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Recorded (or nothing to change) */
      readonly 200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: SEATS_IN_USE */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?: 'SEATS_IN_USE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantReadsController_accounts: {
    readonly parameters: {
      readonly query?: {
        /** @description ISO-8601 instant: the answer is the log replayed up to it */
        readonly asOf?: string;
        readonly status?: 'healthy' | 'at-risk' | 'broken';
      };
      readonly header?: never;
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['AccountList'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?:
              'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_createAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['CreateAccountBody'];
      };
    };
    readonly responses: {
      /** @description Recorded */
      readonly 201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: ACCOUNT_EXISTS */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?: 'ACCOUNT_EXISTS';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 415;
            /** @enum {string} */
            readonly error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantReadsController_account: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?:
              'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_deleteAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Recorded (or nothing to change) */
      readonly 200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_assignLicense: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['AssignLicenseBody'];
      };
    };
    readonly responses: {
      /** @description Recorded */
      readonly 201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 415;
            /** @enum {string} */
            readonly error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_removeLicense: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
        /** @description SKU to remove */
        readonly sku: 'PHONE_SYSTEM' | 'E5' | 'PHONE_SYSTEM_VIRTUAL_USER' | 'CALLING_PLAN';
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Recorded (or nothing to change) */
      readonly 200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_swapLicense: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['SwapLicenseBody'];
      };
    };
    readonly responses: {
      /** @description Recorded (or nothing to change) */
      readonly 200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 415;
            /** @enum {string} */
            readonly error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_changeLicenses: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['LicenseActivityBody'];
      };
    };
    readonly responses: {
      /** @description Recorded (or nothing to change) */
      readonly 200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_NOT_HELD, LICENSE_ALREADY_HELD, NOT_A_RESOURCE_ACCOUNT, NO_SEAT_AVAILABLE */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?:
              'LICENSE_NOT_HELD' | 'LICENSE_ALREADY_HELD' | 'NOT_A_RESOURCE_ACCOUNT' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 415;
            /** @enum {string} */
            readonly error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_assignPhoneNumber: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['PhoneNumberBody'];
      };
    };
    readonly responses: {
      /** @description Recorded (or nothing to change) */
      readonly 200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: LICENSE_REQUIRED, PHONE_NUMBER_IN_USE */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?: 'LICENSE_REQUIRED' | 'PHONE_NUMBER_IN_USE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 415;
            /** @enum {string} */
            readonly error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_releasePhoneNumber: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Recorded (or nothing to change) */
      readonly 200: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantWritesController_replaceAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Recorded on the events */
        readonly 'X-Correlation-Id'?: string;
        /** @description `"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on */
        readonly 'If-Match'?: string;
        /** @description Same key and same body: the same answer, no new events; same key, other body: 422 */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
        /** @description Account id */
        readonly accountId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ReplacementBody'];
      };
    };
    readonly responses: {
      /** @description Recorded */
      readonly 201: {
        headers: {
          /** @description `"<revision>"` of the tenant’s stream */
          readonly ETag?: string;
          /** @description `true` when the answer is the one recorded for this Idempotency-Key */
          readonly 'Idempotent-Replayed'?: string;
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WriteAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: NOT_A_RESOURCE_ACCOUNT, ACCOUNT_EXISTS, NO_SEAT_AVAILABLE */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?: 'NOT_A_RESOURCE_ACCOUNT' | 'ACCOUNT_EXISTS' | 'NO_SEAT_AVAILABLE';
          };
        };
      };
      /** @description If-Match names a revision the tenant has left: CONCURRENCY_CONFLICT */
      readonly 412: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 412;
            /** @enum {string} */
            readonly error?: 'CONCURRENCY_CONFLICT';
          };
        };
      };
      /** @description The body, or the events it would append, are too large: PAYLOAD_TOO_LARGE */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 413;
            /** @enum {string} */
            readonly error?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description The body is not JSON: UNSUPPORTED_MEDIA_TYPE */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 415;
            /** @enum {string} */
            readonly error?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description This Idempotency-Key was used with another request: IDEMPOTENCY_KEY_REUSED */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 422;
            /** @enum {string} */
            readonly error?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantReadsController_quota: {
    readonly parameters: {
      readonly query?: {
        /** @description ISO-8601 instant: the answer is the log replayed up to it */
        readonly asOf?: string;
      };
      readonly header?: never;
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The quota view; `ETag` names the tenant’s revision (without `asOf`) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['QuotaView'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?:
              'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly TenantReadsController_history: {
    readonly parameters: {
      readonly query?: {
        /** @description Only this account’s events */
        readonly accountId?: string;
        readonly type?:
          | 'AccountCreated'
          | 'AccountDeleted'
          | 'LicensePurchased'
          | 'LicensePurchaseCancelled'
          | 'LicenseAssigned'
          | 'LicenseUnassigned'
          | 'LicenseSwapped'
          | 'PhoneNumberAssigned'
          | 'PhoneNumberReleased';
        /** @description Events at or after this instant (ISO-8601) */
        readonly from?: string;
        /** @description Events before this instant (ISO-8601) */
        readonly to?: string;
        /** @description A revision: the `next` of the previous page */
        readonly after?: number;
        readonly limit?: number;
      };
      readonly header?: never;
      readonly path: {
        /** @description Tenant id */
        readonly tenantId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['HistoryPage'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description A path parameter is longer than any id can be: URI_TOO_LONG */
      readonly 414: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 414;
            /** @enum {string} */
            readonly error?: 'URI_TOO_LONG';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?:
              'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly ReportsController_quota: {
    readonly parameters: {
      readonly query?: {
        readonly format?: 'json' | 'csv';
        /** @description ISO-8601 instant: every tenant as it stood then, replayed from the log */
        readonly asOf?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description JSON, or with `format=csv` the same rows as CSV (a header row first) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['QuotaReport'];
          readonly 'text/csv': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?:
              'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly ReportsController_brokenAccounts: {
    readonly parameters: {
      readonly query?: {
        readonly format?: 'json' | 'csv';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description JSON, or with `format=csv` the same rows as CSV (a header row first) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BrokenAccountsReport'];
          readonly 'text/csv': string;
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: PROJECTIONS_BEHIND, PROJECTION_PARKED, STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?:
              'PROJECTIONS_BEHIND' | 'PROJECTION_PARKED' | 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly AdminController_status: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ProjectionsStatus'];
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
    };
  };
  readonly AdminController_retry: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description Log position of the parked event (digits) */
        readonly position: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RetryAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Refused by a rule of the domain; the log is unchanged: PARKED_EVENT_STILL_FAILS */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 409;
            /** @enum {string} */
            readonly error?: 'PARKED_EVENT_STILL_FAILS';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly AdminController_skip: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description Log position of the parked event (digits) */
        readonly position: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['SkipAnswer'];
        };
      };
      /** @description Invalid input: path, query, headers or body (per-field `details`): VALIDATION_FAILED */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 400;
            /** @enum {string} */
            readonly error?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found: NOT_FOUND */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 404;
            /** @enum {string} */
            readonly error?: 'NOT_FOUND';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REQUEST_TIMEOUT */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REQUEST_TIMEOUT';
          };
        };
      };
    };
  };
  readonly AdminController_rebuild: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RebuildAnswer'];
        };
      };
      /** @description No token, or a token that is invalid or expired: UNAUTHENTICATED */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 401;
            /** @enum {string} */
            readonly error?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description The token’s roles or tenant do not allow this: FORBIDDEN */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 403;
            /** @enum {string} */
            readonly error?: 'FORBIDDEN';
          };
        };
      };
      /** @description Too many requests from this caller; see Retry-After: TOO_MANY_REQUESTS */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 429;
            /** @enum {string} */
            readonly error?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description Temporarily unavailable; retry after Retry-After seconds: STORE_UNAVAILABLE, REBUILD_INTERRUPTED */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {number} */
            readonly statusCode?: 503;
            /** @enum {string} */
            readonly error?: 'STORE_UNAVAILABLE' | 'REBUILD_INTERRUPTED';
          };
        };
      };
    };
  };
  readonly HealthController_health: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description `ok` or `degraded` */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['HealthAnswer'];
        };
      };
      /** @description `down`: the store does not answer */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['HealthAnswer'];
        };
      };
    };
  };
}
