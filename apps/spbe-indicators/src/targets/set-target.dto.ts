import { IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `PUT /v1/spbe/targets/:region/:year` */
export class SetTargetDto {
  /** The index to reach, on the 1–5 scale, at most two decimals as indices are published. */
  @IsNumber({ maxDecimalPlaces: 2 }) @Min(1) @Max(5)
  target!: number;

  /**
   * The framework whose index the target is set on; the framework in force that year when
   * left out (Indeks Pemdi from 2026, Indeks SPBE before), so earlier callers keep working.
   */
  @IsOptional() @IsString() @MaxLength(100)
  frameworkId?: string;
}
