import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { RegionsModule } from '../regions/regions.module';
import { AssessmentCommands } from './assessment-commands.service';
import { AssessmentQueries } from './assessment-queries.service';
import { AssessmentWriter } from './assessment-writer.service';
import { AssessmentsController } from './assessments.controller';

@Module({
  imports: [FrameworksModule, RegionsModule],
  controllers: [AssessmentsController],
  providers: [AssessmentWriter, AssessmentCommands, AssessmentQueries],
})
export class AssessmentsModule {}
