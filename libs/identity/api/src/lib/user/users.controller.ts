import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentUser, RequirePermission } from '@lms/platform/api';
import { type AdminUserSummary, type Page, Permission } from '@lms/shared/contracts';
import { SetRolesDto, UserListQueryDto } from './dto/identity.dto';
import { UserService } from './user.service';

@ApiTags('identity')
@ApiBearerAuth()
@RequirePermission(Permission.UserManage)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UserService) {}

  @Get()
  @ApiOperation({ summary: 'Admin: list users, filtered by role and name/email' })
  list(@Query() query: UserListQueryDto): Promise<Page<AdminUserSummary>> {
    return this.users.list(query);
  }

  @Put(':id/roles')
  @ApiOperation({ summary: "Admin: replace a user's roles (audited)" })
  setRoles(
    @CurrentUser() actor: Actor,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Body() dto: SetRolesDto,
  ): Promise<AdminUserSummary> {
    return this.users.setRoles(actor, id, dto.roles);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary:
      'Admin: delete an account — the profile is anonymised, credit records are kept (6+ years)',
  })
  remove(
    @CurrentUser() actor: Actor,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<void> {
    return this.users.anonymise(actor, id);
  }
}
