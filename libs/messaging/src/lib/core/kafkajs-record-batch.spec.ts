/**
 * kafkajs 2.2.4 is patched (patches/kafkajs+2.2.4.patch): a produced record batch's CRC-32C is
 * computed by @node-rs/crc32 in native code instead of a JavaScript loop over every byte, and its
 * encoder takes its buffers from `Buffer.allocUnsafe` instead of zero-filling each one. These
 * specs hold both in place and show they write the bytes the unpatched code wrote.
 */
import { randomBytes } from 'node:crypto';

// Internal to kafkajs: no types, no export but their files.
type Crc = (buffer: Buffer) => number;
const CRC_MODULE = 'kafkajs/src/protocol/recordBatch/crc32C';
const tableCrc32C = require('kafkajs/src/protocol/recordBatch/crc32C/crc32C') as Crc;
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as { RecordBatch: (batch: Record<string, unknown>) => Promise<{ buffer: Buffer }> };
const Record = require('kafkajs/src/protocol/recordBatch/record/v0') as (record: Record<string, unknown>) => unknown;
const decodeRecordBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: unknown) => Promise<{ records: { key: Buffer; value: Buffer; headers: Record<string, Buffer> }[] }>;
const Decoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => unknown;

describe('kafkajs record batches (patched)', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    jest.dontMock('@node-rs/crc32');
    jest.resetModules();
  });

  it('computes the CRC-32C with @node-rs/crc32', () => {
    jest.isolateModules(() => {
      jest.doMock('@node-rs/crc32', () => ({ crc32c: () => 42 }));
      const crc = require(CRC_MODULE) as Crc;
      expect(crc(Buffer.from('any batch'))).toBe(42);
    });
  });

  it('agrees with kafkajs\' own JavaScript CRC-32C on any input', () => {
    const crc = require(CRC_MODULE) as Crc;
    for (const size of [0, 1, 7, 8, 63, 4096, 600 * 1024]) {
      const bytes = randomBytes(size);
      expect(crc(bytes)).toBe(tableCrc32C(bytes));
    }
    // The check value of CRC-32C (RFC 3720, "123456789").
    expect(crc(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('writes every byte of a batch itself: the same bytes whatever the unzeroed buffers held', async () => {
    const records = Array.from({ length: 300 }, (_, i) =>
      Record({ offsetDelta: i, timestampDelta: i, key: `usulan-${i}`, value: JSON.stringify({ id: i, justification: 'é'.repeat(i) }), headers: { 'ce-type': 'proposals.proposal.submitted.v1' } }),
    );
    const encodeOver = async (garbage: number) => {
      const allocUnsafe = jest.spyOn(Buffer, 'allocUnsafe').mockImplementation((size: number) => Buffer.alloc(size, garbage));
      const { buffer } = await RecordBatch({ records, firstTimestamp: 1_800_000_000_000, maxTimestamp: 1_800_000_000_299 });
      expect(allocUnsafe).toHaveBeenCalled();
      allocUnsafe.mockRestore();
      return Buffer.from(buffer);
    };
    const overZeros = await encodeOver(0x00);
    expect((await encodeOver(0xab)).equals(overZeros)).toBe(true);

    const batch = await decodeRecordBatch(new Decoder(overZeros));
    expect(batch.records.map((r) => r.key.toString())).toEqual(records.map((_, i) => `usulan-${i}`));
    expect(JSON.parse(batch.records[299].value.toString())).toEqual({ id: 299, justification: 'é'.repeat(299) });
  });
});
