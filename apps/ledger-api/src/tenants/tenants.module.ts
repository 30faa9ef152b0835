import { Module } from '@nestjs/common';
import { TenantExportController } from './tenant-export.controller';
import { TenantReadsController } from './tenant-reads.controller';
import { TenantWritesController } from './tenant-writes.controller';

/**
 * SPEC §3's tenant endpoints: writes (recorded through the command bus) and reads of the
 * projections; SPEC §5's export of a tenant's log.
 */
@Module({ controllers: [TenantWritesController, TenantReadsController, TenantExportController] })
export class TenantsModule {}
