import { ApiProperty } from '@nestjs/swagger';
import {
  ACCOUNT_STATUSES,
  ALLOCATION_POLICIES,
  COMPLIANCE_FLAGS,
  LEDGER_EVENT_TYPES,
  RESOURCE_TYPES,
  RULEBOOKS,
  SKUS,
} from '@ledger/licensing';

/*
 * The domain's closed lists, read from the domain, never copied. A list of them is a named schema
 * (`components['schemas']['Sku']` in the generated client); a single value is inlined, because
 * @nestjs/swagger wraps a single named enum in a one-element `allOf` (redocly:
 * no-illogical-composition-keywords) and OpenAPI 3.0 cannot make such a reference nullable.
 */

interface EnumOptions {
  readonly description?: string;
  readonly nullable?: boolean;
}

const enumProperty =
  (values: readonly string[]) =>
  ({ description, nullable }: EnumOptions = {}) =>
    ApiProperty({ description, enum: values, type: String, nullable });

const enumListProperty = (values: readonly string[], enumName: string) => (description?: string) =>
  ApiProperty({ description, enum: values, enumName, isArray: true });

export const SkuListProperty = enumListProperty(SKUS, 'Sku');
export const EventTypeProperty = enumProperty(LEDGER_EVENT_TYPES);
export const EventTypeListProperty = enumListProperty(LEDGER_EVENT_TYPES, 'EventType');
export const AccountStatusProperty = enumProperty(ACCOUNT_STATUSES);
export const ResourceTypeProperty = enumProperty(RESOURCE_TYPES);
export const AllocationPolicyProperty = enumProperty(ALLOCATION_POLICIES);
export const SkuProperty = enumProperty(SKUS);
export const RulebookProperty = enumProperty(RULEBOOKS);
export const ComplianceFlagListProperty = enumListProperty(COMPLIANCE_FLAGS, 'ComplianceFlag');
