import { Module } from '@nestjs/common';
import { UsulanModule } from '../usulan/usulan.module';
import { RetiredCodeFlagger } from './retired-code-flagger';

@Module({ imports: [UsulanModule], providers: [RetiredCodeFlagger] })
export class NomenclatureWatchModule {}
