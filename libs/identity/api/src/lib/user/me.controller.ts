import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentUser } from '@lms/platform/api';
import type { MeResponse } from '@lms/shared/contracts';
import { UpdateMeDto } from './dto/identity.dto';
import { UserService } from './user.service';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly users: UserService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user with profession and licences' })
  get(@CurrentUser() actor: Actor): Promise<MeResponse> {
    return this.users.getMe(actor);
  }

  @Patch()
  @ApiOperation({
    summary: 'Update name, profession and licences (the list is replaced when given)',
  })
  update(@CurrentUser() actor: Actor, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.users.updateMe(actor, dto);
  }
}
