import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { Sku } from '@ledger/licensing';
import { IsLedgerId, IsSku } from './identifiers';

export class TenantParams {
  @IsLedgerId('Tenant id')
  tenantId!: string;
}

export class AccountParams extends TenantParams {
  @IsLedgerId('Account id')
  accountId!: string;
}

export class AccountLicenseParams extends AccountParams {
  @IsSku('SKU to remove')
  sku!: Sku;
}

export class PurchaseParams extends TenantParams {
  @ApiProperty({ format: 'uuid', description: 'The `purchaseId` its purchase answered' })
  @IsUUID('all', { message: 'purchaseId must be a purchase id (UUID)' })
  purchaseId!: string;
}
