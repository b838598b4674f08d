import { Module } from '@nestjs/common';
import { NomenclatureGate } from '../nomenclature/nomenclature-gate.service';
import { OverlapReopener } from '../overlap-reviews/overlap-reopener.service';
import { ForumDecisions } from './forum-decisions.service';
import { UsulanCommands } from './usulan-commands.service';
import { UsulanController } from './usulan.controller';
import { UsulanQueries } from './usulan-queries.service';
import { UsulanWriter } from './usulan-writer.service';

@Module({
  controllers: [UsulanController],
  providers: [NomenclatureGate, OverlapReopener, UsulanWriter, UsulanCommands, ForumDecisions, UsulanQueries],
  exports: [NomenclatureGate, UsulanWriter, UsulanCommands],
})
export class UsulanModule {}
