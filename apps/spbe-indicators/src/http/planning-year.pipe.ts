import { Injectable, PipeTransform } from '@nestjs/common';
import { RKPD_YEAR_MAX, RKPD_YEAR_MIN } from '@selaras/contracts';
import { InvalidInputError } from '@selaras/service-kit';

/** `:year` in a path: four digits within the years the event contracts accept, else 400 `YEAR_INVALID`. */
@Injectable()
export class PlanningYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= RKPD_YEAR_MIN && year <= RKPD_YEAR_MAX)) {
      const reason = `year must be a whole year from ${RKPD_YEAR_MIN} to ${RKPD_YEAR_MAX}, got '${value}'`;
      throw new InvalidInputError('YEAR_INVALID', reason, [{ field: 'year', reason }]);
    }
    return year;
  }
}
