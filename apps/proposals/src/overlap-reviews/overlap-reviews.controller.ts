import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@selaras/service-kit';
import { ListOverlapReviewsQuery, ReviewOverlapDto } from './dtos/overlap-review.dtos';
import { OverlapReviews } from './overlap-reviews.service';

@ApiTags('overlap reviews')
@ApiBearerAuth()
@Controller('v1/overlaps/reviews')
export class OverlapReviewsController {
  constructor(private readonly reviews: OverlapReviews) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Review an overlap (sinergi with a note, duplikasi, bukan_tumpang_tindih); reviewing again records a new revision' })
  review(@CurrentCaller() caller: Caller, @Body() body: ReviewOverlapDto) {
    return this.reviews.review(caller, body);
  }

  @Get()
  @ApiOperation({ summary: 'Reviews of a province (coordinator, viewer) or of a kab/kota\'s own usulan; filter by usulan, year, status, verdict' })
  list(@CurrentCaller() caller: Caller, @Query() query: ListOverlapReviewsQuery) {
    return this.reviews.list(caller, query);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every revision of a review: who, when, why, and each reopening' })
  history(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.reviews.history(caller, id);
  }
}
