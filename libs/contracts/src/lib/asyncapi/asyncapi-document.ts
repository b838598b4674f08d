// class-transformer keeps the @Type metadata here; the schema generator needs it for nested classes.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { CLOUDEVENTS_CONTENT_TYPE } from '../envelope/cloud-event';
import { EVENT_CATALOG, EventType } from '../event-map';
import { deadLetterTopicOf, DLQ_HEADERS, TOPICS, TopicSpec } from '../topics';

type Json = Record<string, unknown>;

function messageName(type: string): string {
  return type.replace(/[^a-zA-Z0-9]+/g, '_');
}

function channelName(topic: string): string {
  return topic.replace(/\./g, '_');
}

/** The CloudEvents 1.0 envelope around a payload schema, as it travels in the Kafka value. */
function envelopeSchema(type: string, payloadRef: string): Json {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'time', 'subject', 'data'],
    properties: {
      specversion: { const: '1.0' },
      id: { type: 'string', format: 'uuid' },
      source: { type: 'string', examples: ['/regions/81.71/opd/2.16.0.00.0.00.01.0000'] },
      type: { const: type },
      time: { type: 'string', format: 'date-time' },
      subject: { type: 'string', description: 'aggregate id (the Kafka key of its topic)' },
      datacontenttype: { type: 'string' },
      region: { type: 'string', description: 'kode wilayah of the publisher' },
      correlationid: { type: 'string' },
      causationid: { type: 'string' },
      sig: { type: 'string', description: 'inbound only: Ed25519 signature (base64) over the event without sig, keys sorted' },
      keyid: { type: 'string', description: 'inbound only: id of the regency key that signed' },
      data: { $ref: payloadRef },
    },
  };
}

/**
 * The AsyncAPI 3 document of every topic and event type, generated from the contract classes
 * (their class-validator rules become JSON schemas), so the published contract cannot drift
 * from what consumers actually validate.
 */
export function buildAsyncApiDocument(version = '1'): Json {
  const schemas = validationMetadatasToSchemas({ classTransformerMetadataStorage: defaultMetadataStorage, refPointerPrefix: '#/components/schemas/' }) as Json;
  const topics = Object.values(TOPICS) as TopicSpec[];
  const types = Object.keys(EVENT_CATALOG) as EventType[];
  const messages: Json = {};
  for (const type of types) {
    const payload = EVENT_CATALOG[type].payload.name;
    messages[messageName(type)] = {
      name: type,
      title: type,
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      payload: envelopeSchema(type, `#/components/schemas/${payload}`),
    };
  }
  const channels: Json = {};
  for (const topic of topics) {
    const own = types.filter((t) => EVENT_CATALOG[t].topic === topic.name);
    channels[channelName(topic.name)] = {
      address: topic.name,
      description: `${topic.partitions} partitions${topic.compacted ? ', compacted (null value = tombstone)' : ''}; produced by ${topic.producer}`,
      messages: Object.fromEntries(own.map((t) => [messageName(t), { $ref: `#/components/messages/${messageName(t)}` }])),
      bindings: { kafka: { partitions: topic.partitions, ...(topic.compacted ? { topicConfiguration: { 'cleanup.policy': ['compact'] } } : {}) } },
    };
    channels[channelName(deadLetterTopicOf(topic.name))] = {
      address: deadLetterTopicOf(topic.name),
      description: `Messages of ${topic.name} that can never be applied, unchanged, with headers ${Object.values(DLQ_HEADERS).join(', ')}`,
      messages: {},
    };
  }
  const operations: Json = {};
  for (const topic of topics) {
    operations[`publish_${channelName(topic.name)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelName(topic.name)}` },
      summary: `${topic.producer} publishes to ${topic.name}`,
    };
  }
  return {
    asyncapi: '3.0.0',
    info: { title: 'Selaras events', version, description: 'Planning events between the province, its kab/kota and their systems. CloudEvents 1.0, structured JSON in the Kafka value; key = aggregate id.' },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the local broker of npm start' } },
    channels,
    operations,
    components: { messages, schemas },
  };
}
