import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import type { ExportContents } from '@ledger/runtime';

/**
 * A tenant export uploaded as JSON: each file's contents as text, exactly as the vendor's tools
 * wrote it (README "Use it on a real tenant"), so a malformed file is named with its line and field.
 */
export class ReconciliationBody implements ExportContents {
  @ApiProperty({ description: 'organization.json: Microsoft Graph `GET /organization`, as text' })
  @IsString()
  organization!: string;

  @ApiProperty({ description: 'subscribedSkus.json: Microsoft Graph `GET /subscribedSkus`, as text' })
  @IsString()
  subscribedSkus!: string;

  @ApiProperty({
    description:
      'users.json: Microsoft Graph `GET /users?$select=id,displayName,userPrincipalName,assignedLicenses,licenseAssignmentStates`, as text',
  })
  @IsString()
  users!: string;

  @ApiProperty({
    description: '`Get-CsOnlineApplicationInstance` piped to `ConvertTo-Json` or `Export-Csv`, as text',
  })
  @IsString()
  applicationInstances!: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    default: 'json',
    description: 'The format of `applicationInstances`',
  })
  @IsOptional()
  @IsIn(['json', 'csv'])
  applicationInstancesFormat: 'json' | 'csv' = 'json';
}
