import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProposalStateV1 } from '@selaras/contracts';
import { Caller, canRead, canReadKabKotaOf, NotFoundError, readForbidden } from '@selaras/service-kit';
import { ListUsulanQuery } from './dtos/usulan.dtos';
import { UsulanHistoryEntity } from './usulan-history.entity';
import { UsulanEntity } from './usulan.entity';
import { toProposalState } from './usulan.mapper';

const MAX_PAGE = 500;

@Injectable()
export class UsulanQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(caller: Caller, id: string): Promise<ProposalStateV1> {
    const entity = await this.dataSource.manager.findOne(UsulanEntity, { where: { id } });
    if (!entity) throw new NotFoundError('PROPOSAL_NOT_FOUND', `no usulan with id ${id}`);
    this.assertCanRead(caller, entity.region);
    return toProposalState(entity);
  }

  async history(caller: Caller, id: string): Promise<Record<string, unknown>[]> {
    await this.get(caller, id);
    const rows = await this.dataSource.manager.find(UsulanHistoryEntity, { where: { usulanId: id }, order: { revision: 'ASC' } });
    return rows.map((r) => ({ revision: r.revision, eventType: r.eventType, eventId: r.eventId, at: r.at.toISOString(), state: r.state }));
  }

  /** Lists usulan of a region (a province's coordinator or viewer also sees its kab/kota when region is omitted). */
  async list(caller: Caller, query: ListUsulanQuery): Promise<{ items: ProposalStateV1[]; total: number }> {
    const region = query.region ?? caller.region;
    this.assertCanRead(caller, region);
    const qb = this.dataSource.manager.createQueryBuilder(UsulanEntity, 'u');
    if (query.region || !canReadKabKotaOf(caller, region)) qb.where('u.region = :region', { region });
    else qb.where('(u.region = :region OR u.region LIKE :below)', { region, below: `${region}.%` });
    if (query.year) qb.andWhere('u.year = :year', { year: query.year });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    qb.orderBy('u.updated_at', 'DESC').take(Math.min(query.limit ?? 100, MAX_PAGE)).skip(query.offset ?? 0);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toProposalState), total };
  }

  private assertCanRead(caller: Caller, region: string): void {
    if (!canRead(caller, region)) throw readForbidden(caller, region);
  }
}
