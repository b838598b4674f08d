import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { GovernmentLevel, TOPICS, UsulanFields } from '@selaras/contracts';
import { penunjangUsageProblem } from '@selaras/domain-nomenclature';
import { governmentLevelOfRegion } from '@selaras/domain-region';
import { DataSource } from 'typeorm';
import { KAFKA, MESSAGING_OPTIONS, MessagingModuleOptions, OwnerHistory, ownerRefusal } from '@selaras/messaging';
import { CatalogOwnerCheck, CodeCheck, NomenclatureCatalogClient } from '@selaras/nomenclature-client';
import { DomainError, InvalidInputError } from '@selaras/service-kit';

/** Longest wait for the catalog at start-up; after it the service starts and keeps reading. */
const CATALOG_WAIT_MS = 60000;

export function levelOfRegion(region: string): GovernmentLevel {
  return governmentLevelOfRegion(region);
}

/**
 * The active nomenclature, held in memory from `nomenclature.entries`: proposals validate
 * sub kegiatan codes without calling the nomenclature service.
 */
@Injectable()
export class NomenclatureGate implements OnModuleInit, OnApplicationShutdown {
  readonly client: NomenclatureCatalogClient;

  constructor(@Inject(KAFKA) private readonly kafka: Kafka, @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingModuleOptions, private readonly dataSource: DataSource) {
    // The owner check is bound at start, once the unsigned history of these topics is known.
    this.client = new NomenclatureCatalogClient(kafka, 'proposals', undefined, (topic, partition, message) => this.ownerCheck?.(topic, partition, message));
  }

  private ownerCheck?: CatalogOwnerCheck;

  /**
   * Reads the catalog up to where the topic stood at start-up before the service takes traffic,
   * so the first inbound events are not judged against half a catalog.
   */
  async onModuleInit(): Promise<void> {
    const keys = this.messaging.ownerKeys?.keyring;
    if (keys) {
      const history = await OwnerHistory.load(this.kafka, this.dataSource, this.messaging.schema, [TOPICS.nomenclatureEntries.name, TOPICS.nomenclatureEvents.name]);
      this.ownerCheck = (topic, partition, message) => ownerRefusal(keys, history, topic, partition, message);
    }
    await this.client.start();
    await Promise.race([this.client.ready, new Promise((resolve) => setTimeout(resolve, CATALOG_WAIT_MS))]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.stop();
  }

  check(region: string, code: string): CodeCheck {
    return this.client.catalog.check(levelOfRegion(region), code, region);
  }

  /**
   * Refuses a code that is unknown, retired or of the wrong level for the region, program
   * penunjang in the catalog's X.XX form or of a bidang the OPD does not serve
   * (`penunjangUsageProblem`), and fills the target's indikator (and checks its satuan) from
   * the nomenclature. `2.16.01.2.01.0001` is checked as the catalog's `X.XX.01.2.01.0001`.
   */
  validate(fields: UsulanFields): void {
    if (this.client.catalog.size === 0) {
      throw new DomainError('NOMENCLATURE_UNAVAILABLE', 'unavailable', 'no nomenclature version is active yet; import and activate one (selaras import nomenclature FILE) and try again');
    }
    const result = this.check(fields.region, fields.subKegiatan);
    if (result.status !== 'valid') {
      const code = `SUB_KEGIATAN_${result.status.toUpperCase()}`;
      throw new InvalidInputError(code, result.reason, [{ field: 'subKegiatan', reason: result.reason }]);
    }
    const penunjang = penunjangUsageProblem(fields.subKegiatan, fields.opd.code);
    if (penunjang) throw new InvalidInputError(penunjang.code, penunjang.reason, [{ field: 'subKegiatan', reason: penunjang.reason }]);
    const { entry } = result;
    if (entry.satuan && fields.target.satuan.trim().toLowerCase() !== entry.satuan.trim().toLowerCase()) {
      const reason = `the satuan of ${entry.code} is "${entry.satuan}"; use it for the target`;
      throw new InvalidInputError('TARGET_SATUAN_MISMATCH', reason, [{ field: 'target.satuan', reason }]);
    }
    fields.target.indikator = entry.indikator ?? fields.target.indikator;
  }
}
