import { EVENT_CATALOG } from '../event-map';
import { TOPICS } from '../topics';
import { buildAsyncApiDocument } from './asyncapi-document';

describe(buildAsyncApiDocument.name, () => {
  const doc = buildAsyncApiDocument() as {
    asyncapi: string;
    channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
    components: { messages: Record<string, { name: string; payload: { properties: { data: { $ref: string } } } }>; schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
  };

  it('is an AsyncAPI 3 document with a channel per topic and its dead-letter topic', () => {
    expect(doc.asyncapi).toBe('3.0.0');
    const addresses = Object.values(doc.channels).map((c) => c.address);
    for (const topic of Object.values(TOPICS)) expect(addresses).toEqual(expect.arrayContaining([topic.name, `${topic.name}.dlq`]));
  });

  it('describes every event type with a payload schema generated from its class', () => {
    const names = Object.values(doc.components.messages).map((m) => m.name);
    expect(names.sort()).toEqual(Object.keys(EVENT_CATALOG).sort());
    for (const message of Object.values(doc.components.messages)) {
      const ref = message.payload.properties.data.$ref.split('/').pop()!;
      expect(doc.components.schemas[ref]).toBeDefined();
    }
  });

  it('carries the validation rules into the schemas, nested classes included', () => {
    const state = doc.components.schemas.ProposalStateV1;
    expect(state.required).toEqual(expect.arrayContaining(['region', 'subKegiatan', 'paguIndikatif', 'target']));
    expect(JSON.stringify(state.properties?.target)).toContain('#/components/schemas/ProposalTarget');
    expect(JSON.stringify(state.properties?.subKegiatan)).toContain('pattern');
  });
});
