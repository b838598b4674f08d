export * from './lib/snake-naming.strategy';
export * from './lib/outbox.entity';
export * from './lib/inbox.entity';
export * from './lib/messaging-tables.sql';
export * from './lib/data-source';
export * from './lib/database-url';
export * from './lib/json-parameter';
export * from './lib/owner-signature-start.sql';
