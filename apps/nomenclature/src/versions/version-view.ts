import { VersionEntity } from './version.entity';

export interface VersionView {
  id: string;
  label: string;
  source: string;
  format: string;
  active: boolean;
  entryCount: number;
  counts: { PROV: number; KABKOT: number };
  importedAt: string;
  importedBy: string;
  activatedAt: string | null;
  previousVersionId: string | null;
  contentHash: string;
}

export function toVersionView(version: VersionEntity): VersionView {
  return {
    id: version.id,
    label: version.label,
    source: version.source,
    format: version.format,
    active: version.active,
    entryCount: version.entryCount,
    counts: { PROV: version.provCount, KABKOT: version.kabkotCount },
    importedAt: version.importedAt.toISOString(),
    importedBy: version.importedBy,
    activatedAt: version.activatedAt?.toISOString() ?? null,
    previousVersionId: version.previousVersionId,
    contentHash: version.contentHash,
  };
}
