import { Injectable } from '@nestjs/common';
import { provinceWithKabKota } from '../regions/region-refs';
import { IntegrationHealthReport, RefusalView } from './integration-health';
import { IntegrationHealthRepository } from './integration-health.repository';

@Injectable()
export class IntegrationHealthService {
  constructor(private readonly repository: IntegrationHealthRepository) {}

  /** The province and every kab/kota of it (also those never heard from), in the sync report's order. */
  forProvince(provinceCode: string, year: number): Promise<IntegrationHealthReport> {
    const { province, kabKota } = provinceWithKabKota(provinceCode);
    return this.repository.report(province.code, [province, ...kabKota], year);
  }

  latestRefusals(region: string, limit = 20): Promise<RefusalView[]> {
    return this.repository.latestRefusals(region, limit);
  }
}
