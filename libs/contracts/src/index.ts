// class-transformer's @Type reads decorator metadata; the lib must work without Nest loading this first.
import 'reflect-metadata';
export * from './lib/topics';
export * from './lib/contract-error';
export * from './lib/envelope/cloud-event';
export * from './lib/validation/decorators';
export * from './lib/validation/violations';
export * from './lib/proposals/proposal-enums';
export * from './lib/proposals/proposal-fields';
export * from './lib/proposals/proposal-state.v1';
export * from './lib/priorities/priority-declared.v1';
export * from './lib/inbound/usulan-inbound.v1';
export * from './lib/nomenclature/nomenclature-events.v1';
export * from './lib/spbe/spbe-events.v1';
export * from './lib/event-map';
export * from './lib/parse-event';
export * from './lib/build-event';
export * from './lib/testing/fixtures';
export * from './lib/testing/spbe.fixtures';
