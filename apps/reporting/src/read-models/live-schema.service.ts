import { Injectable } from '@nestjs/common';
import { DomainError } from '@selaras/service-kit';
import { Generation } from './generations';

/**
 * Which generation schema queries read. A request resolves it once and uses it for all its
 * queries, so a switch never mixes two generations in one answer.
 */
@Injectable()
export class LiveSchema {
  private live?: Generation;

  set(generation: Generation): void {
    this.live = generation;
  }

  get generation(): Generation | undefined {
    return this.live;
  }

  current(): string {
    if (!this.live) throw new DomainError('READ_MODELS_STARTING', 'unavailable', 'reporting is still starting its read models; try again in a moment');
    return this.live.schema;
  }
}
