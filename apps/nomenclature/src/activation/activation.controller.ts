import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@selaras/service-kit';
import { ActivateVersionService, ActivationOutcome } from './activate-version.service';

@ApiTags('versions')
@ApiBearerAuth()
@Controller('v1/nomenclature/versions')
export class ActivationController {
  constructor(private readonly activation: ActivateVersionService) {}

  @Post(':id/activate')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({
    summary: 'Put a version in force (admin)',
    description:
      'Publishes every entry on nomenclature.entries (key LEVEL:code), a tombstone for every key of the previously active version that this one drops, ' +
      'and nomenclature.version.activated.v1 with the retired codes and their successors. Activating the active version again changes nothing.',
  })
  activate(@Param('id') id: string): Promise<ActivationOutcome> {
    return this.activation.activate(id);
  }
}
