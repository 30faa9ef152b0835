import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller';

/** SPEC §4: the catalogue, for any authenticated caller (the console takes its SKU names from it). */
@Module({ controllers: [CatalogueController] })
export class CatalogueModule {}
