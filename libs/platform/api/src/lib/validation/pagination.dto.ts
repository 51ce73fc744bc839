import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAGE_DEFAULT_LIMIT, PAGE_MAX_LIMIT, type PageQuery } from '@lms/shared/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Far past any real list; beyond it a query would only burn the database's time. */
export const PAGE_MAX_OFFSET = 10_000_000;

export class PageQueryDto implements PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_MAX_LIMIT, default: PAGE_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_MAX_LIMIT)
  limit: number = PAGE_DEFAULT_LIMIT;

  @ApiPropertyOptional({ minimum: 0, maximum: PAGE_MAX_OFFSET, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `offset must be an integer from 0 to ${PAGE_MAX_OFFSET}` })
  @Min(0, { message: `offset must be an integer from 0 to ${PAGE_MAX_OFFSET}` })
  @Max(PAGE_MAX_OFFSET, { message: `offset must be an integer from 0 to ${PAGE_MAX_OFFSET}` })
  offset = 0;
}

/** Escapes `%`, `_` and `\` for a LIKE/ILIKE pattern. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
