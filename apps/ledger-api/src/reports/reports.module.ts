import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller';
import { ReportsController } from './reports.controller';

/** Cross-tenant reports and the operators' projection administration (global admins, SPEC §3). */
@Module({ controllers: [ReportsController, AdminController] })
export class ReportsModule {}
