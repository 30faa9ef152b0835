import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  RESOURCE_TYPES,
  type AccountKind,
  type ComplianceFlag,
  type ResourceType,
  type Rulebook,
  type Sku,
} from '@ledger/licensing';
import type { Reconciliation } from '@ledger/runtime';
import { ComplianceFlagListProperty, RulebookProperty, SkuListProperty, SkuProperty } from './api-enums';

/*
 * The reconciliation of a tenant export with the ledger. Each class `implements` the type the
 * service answers with: a field added there fails `npm run typecheck` here until it is documented.
 */

type Element<T> = T extends readonly (infer E)[] ? E : never;

@ApiSchema({ name: 'SeatDifference' })
class SeatDifferenceSchema implements Element<Reconciliation['seats']> {
  @SkuProperty() sku!: Sku;
  @ApiProperty({ description: 'Seats purchased in the ledger' }) ledger!: number;
  @ApiProperty({ description: 'Seats enabled in the tenant (`prepaidUnits.enabled`)' }) tenant!: number;
}

@ApiSchema({ name: 'AccountOnlyInTenant' })
class AccountOnlyInTenantSchema implements Element<Reconciliation['accountsOnlyInTenant']> {
  @ApiProperty({ description: 'The directory object id' }) accountId!: string;
  @ApiProperty({ enum: ['user', 'resource'] }) kind!: AccountKind;
  @ApiPropertyOptional({ enum: RESOURCE_TYPES, type: String, description: 'Resource accounts only' })
  resourceType?: ResourceType;
}

@ApiSchema({ name: 'AccountOnlyInLedger' })
class AccountOnlyInLedgerSchema implements Element<Reconciliation['accountsOnlyInLedger']> {
  @ApiProperty() accountId!: string;
  @ApiProperty({ enum: ['user', 'resource'] }) kind!: AccountKind;
}

@ApiSchema({ name: 'LicenseDifference' })
class LicenseDifferenceSchema implements Element<Reconciliation['licenses']> {
  @ApiProperty() accountId!: string;
  @SkuListProperty('Held in the tenant, not in the ledger') onlyInTenant!: Sku[];
  @SkuListProperty('Held in the ledger, not in the tenant') onlyInLedger!: Sku[];
}

@ApiSchema({ name: 'PhoneNumberDifference' })
class PhoneNumberDifferenceSchema implements Element<Reconciliation['phoneNumbers']> {
  @ApiProperty() accountId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) ledger!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) tenant!: string | null;
}

@ApiSchema({ name: 'TenantCompliance' })
class TenantComplianceSchema implements Element<Reconciliation['compliance']> {
  @ApiProperty() accountId!: string;
  @ComplianceFlagListProperty() flags!: ComplianceFlag[];
}

@ApiSchema({ name: 'UnknownSku' })
class UnknownSkuSchema implements Element<Reconciliation['unknownSkus']> {
  @ApiProperty({ description: 'The vendor’s skuPartNumber, which the catalogue does not map' })
  skuPartNumber!: string;
  @ApiProperty() enabledUnits!: number;
  @ApiProperty() consumedUnits!: number;
}

@ApiSchema({ name: 'UnknownApplication' })
class UnknownApplicationSchema implements Element<Reconciliation['unknownApplications']> {
  @ApiProperty() accountId!: string;
  @ApiProperty({ description: 'Neither the auto attendant’s nor the call queue’s application id' })
  applicationId!: string;
}

@ApiSchema({ name: 'UnrecordableLicense' })
class UnrecordableLicenseSchema implements Element<Reconciliation['unrecordableLicenses']> {
  @ApiProperty() accountId!: string;
  @SkuProperty() sku!: Sku;
  @ApiProperty() reason!: string;
}

@ApiSchema({ name: 'PhoneSystemDisabled' })
class PhoneSystemDisabledSchema implements Element<Reconciliation['phoneSystemDisabled']> {
  @ApiProperty() accountId!: string;
  @SkuProperty() sku!: Sku;
  @ApiProperty({ description: 'The service plan turned off in the licence: MCOEV (Phone System)' })
  servicePlanId!: string;
}

@ApiSchema({ name: 'Reconciliation' })
export class ReconciliationSchema implements Reconciliation {
  @ApiProperty() tenantId!: string;
  @ApiProperty({ description: 'The directory tenant of the export (`organization.id`)' })
  directoryTenantId!: string;
  @RulebookProperty({ description: 'The rulebook the compliance flags are judged by' }) rulebook!: Rulebook;
  @ApiProperty({ type: [SeatDifferenceSchema] }) seats!: SeatDifferenceSchema[];
  @ApiProperty({ type: [AccountOnlyInTenantSchema] }) accountsOnlyInTenant!: AccountOnlyInTenantSchema[];
  @ApiProperty({ type: [AccountOnlyInLedgerSchema] }) accountsOnlyInLedger!: AccountOnlyInLedgerSchema[];
  @ApiProperty({ type: [LicenseDifferenceSchema] }) licenses!: LicenseDifferenceSchema[];
  @ApiProperty({ type: [PhoneNumberDifferenceSchema] }) phoneNumbers!: PhoneNumberDifferenceSchema[];
  @ApiProperty({
    type: [TenantComplianceSchema],
    description: 'R11/R12 flags of the tenant’s accounts today',
  })
  compliance!: TenantComplianceSchema[];
  @ApiProperty({ type: [UnknownSkuSchema] }) unknownSkus!: UnknownSkuSchema[];
  @ApiProperty({ type: [UnknownApplicationSchema] }) unknownApplications!: UnknownApplicationSchema[];
  @ApiProperty({ type: [UnrecordableLicenseSchema] }) unrecordableLicenses!: UnrecordableLicenseSchema[];
  @ApiProperty({
    type: [PhoneSystemDisabledSchema],
    description:
      'Licences held with their Phone System service plan turned off (`disabledPlans`): the seat is used, the account has no Phone System',
  })
  phoneSystemDisabled!: PhoneSystemDisabledSchema[];
}
