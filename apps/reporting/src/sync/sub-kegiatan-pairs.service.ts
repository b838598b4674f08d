import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GovernmentLevel } from '@selaras/contracts';
import { pairSubKegiatan } from '@selaras/domain-nomenclature';
import { Queryable } from '../read-models/queryable';
import { PairIndex, pairIndex } from './pair-index';

/**
 * The sub kegiatan pairs of the active catalog, computed once per catalog (version and entry
 * count: entries of an activation arrive over time) from reporting's own copy of it, so they
 * are rebuilt with the read models and need no event of their own.
 */
@Injectable()
export class SubKegiatanPairs {
  private readonly logger = new Logger(SubKegiatanPairs.name);
  private cached?: Promise<PairIndex>;

  constructor(private readonly dataSource: DataSource) {}

  of(schema: string, catalog: { activeVersion: string | null; entries: number }, db: Queryable = this.dataSource): Promise<PairIndex> {
    const key = `${schema}:${catalog.activeVersion ?? ''}:${catalog.entries}`;
    const current = this.cached;
    if (current) {
      return current.then((index) => (index.catalogKey === key ? index : this.compute(schema, key, db)));
    }
    return this.compute(schema, key, db);
  }

  private compute(schema: string, key: string, db: Queryable): Promise<PairIndex> {
    const computing = this.load(schema, db).then((entries) => {
      const started = performance.now();
      const index = pairIndex(key, pairSubKegiatan(entries));
      this.logger.log({ msg: 'sub kegiatan paired', catalog: key, pairs: index.size, tookMs: Math.round(performance.now() - started) });
      return index;
    });
    this.cached = computing.catch((error) => {
      this.cached = undefined;
      throw error;
    });
    return this.cached;
  }

  private async load(schema: string, db: Queryable) {
    const rows: { level: GovernmentLevel; code: string; name: string; program_code: string; kegiatan_name: string | null; kinerja: string | null; indikator: string | null; satuan: string | null }[] = await db.query(
      `SELECT e.level, e.code, e.name, e.program_code, n.name AS kegiatan_name, e.kinerja, e.indikator, e.satuan
       FROM "${schema}"."nomenclature_entry" e LEFT JOIN "${schema}"."nomenclature_name" n ON n.code = e.kegiatan_code`,
    );
    return rows.map((r) => ({ level: r.level, code: r.code, name: r.name, programCode: r.program_code, kegiatanName: r.kegiatan_name ?? '', kinerja: r.kinerja, indikator: r.indikator, satuan: r.satuan }));
  }
}
