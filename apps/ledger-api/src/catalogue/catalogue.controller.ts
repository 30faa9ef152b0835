import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { catalogueEntries } from '@ledger/licensing';
import { Authenticated } from '../auth/access.decorators';
import { AuthenticatedErrors } from '../openapi/error-responses';
import { CatalogueAnswer } from './catalogue-answer';

/** SPEC §4 catalogue: what each SKU is called today and was called before, its price and its rules. */
@ApiTags('catalogue')
@ApiBearerAuth()
@Authenticated()
@Controller('v1/catalog')
export class CatalogueController {
  @Get()
  @ApiOperation({
    summary:
      'Every SKU: today’s and former names, list price, phone-capable, counted for N by which rulebooks',
  })
  @ApiOkResponse({ type: CatalogueAnswer })
  @AuthenticatedErrors()
  catalogue(): CatalogueAnswer {
    return { skus: catalogueEntries() };
  }
}
