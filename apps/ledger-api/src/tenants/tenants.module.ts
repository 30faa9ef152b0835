import { Module } from '@nestjs/common';
import { TenantReadsController } from './tenant-reads.controller';
import { TenantWritesController } from './tenant-writes.controller';

/** SPEC §3's tenant endpoints: writes (recorded through the command bus) and reads of the projections. */
@Module({ controllers: [TenantWritesController, TenantReadsController] })
export class TenantsModule {}
