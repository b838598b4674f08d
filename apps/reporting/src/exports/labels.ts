import { OverlapVerdict, PLANNING_STAGES, PlanningStage, PROPOSAL_STATUSES, ProposalStatus } from '@selaras/contracts';
import type { PairBasis } from '@selaras/domain-nomenclature';
import { CodeProblem } from '../sync/sync-report';

/** Bahasa Indonesia labels of exports (the dashboard carries the same words). */
export const STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  agreed: 'Disepakati',
  rejected: 'Ditolak',
  deferred: 'Ditunda',
  withdrawn: 'Ditarik',
};

export const STAGE_LABELS: Record<PlanningStage, string> = {
  rancangan_awal: 'Rancangan Awal',
  rancangan: 'Rancangan',
  rancangan_akhir: 'Rancangan Akhir',
  penetapan: 'Penetapan',
};

export const PROBLEM_LABELS: Record<CodeProblem, string> = {
  retired: 'Kode sudah tidak berlaku',
  unknown: 'Kode tidak dikenal',
  wrong_level: 'Kode tingkat pemerintahan salah',
};

export const PAIR_BASIS_LABELS: Record<PairBasis, string> = {
  'same-name': 'Nama sama',
  'similar-name': 'Nama mirip',
  'same-indikator': 'Indikator dan satuan sama',
  'same-kinerja': 'Kinerja dan satuan sama',
};

export const VERDICT_LABELS: Record<OverlapVerdict, string> = {
  sinergi: 'Sinergi',
  duplikasi: 'Duplikasi',
  bukan_tumpang_tindih: 'Bukan tumpang tindih',
};

export const KIND_LABELS = { provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' } as const;

export const STATUSES = PROPOSAL_STATUSES;
export const STAGES = PLANNING_STAGES;
