import { Module } from '@nestjs/common';
import { EntryStore } from '../entries/entry-store.service';
import { RetiredCodeStore } from '../entries/retired-code-store.service';
import { VersionDiffService } from './version-diff.service';
import { VersionStore } from './version-store.service';
import { VersionsController } from './versions.controller';

/** Versions and their stored entries: listing and diffs here; the stores are shared with import, activation and the catalog reads. */
@Module({
  controllers: [VersionsController],
  providers: [VersionStore, EntryStore, RetiredCodeStore, VersionDiffService],
  exports: [VersionStore, EntryStore, RetiredCodeStore],
})
export class VersionsModule {}
