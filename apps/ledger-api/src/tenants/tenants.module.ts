import { Module } from '@nestjs/common';
import { TenantExportController } from './tenant-export.controller';
import { TenantReadsController } from './tenant-reads.controller';
import { TenantReconciliationController } from './tenant-reconciliation.controller';
import { TenantWritesController } from './tenant-writes.controller';

/**
 * SPEC §3's tenant endpoints: writes (recorded through the command bus) and reads of the
 * projections; SPEC §5's export of a tenant's log; issue 15's reconciliation with a tenant export.
 */
@Module({
  controllers: [
    TenantWritesController,
    TenantReadsController,
    TenantExportController,
    TenantReconciliationController,
  ],
})
export class TenantsModule {}
