import { IsNumber, Max, Min } from 'class-validator';

/** `PUT /v1/spbe/targets/:region/:year` */
export class SetTargetDto {
  /** The index to reach, on the 1–5 scale, at most two decimals as indices are published. */
  @IsNumber({ maxDecimalPlaces: 2 }) @Min(1) @Max(5)
  target!: number;
}
