import { Module } from '@nestjs/common';
import { OverlapReviewsController } from './overlap-reviews.controller';
import { OverlapReviews } from './overlap-reviews.service';

@Module({ controllers: [OverlapReviewsController], providers: [OverlapReviews] })
export class OverlapReviewsModule {}
