import { rawRecord, REJECTION_HEAD_CHARS, SenderBudget, senderUnproven } from './rejection-sender';

describe(SenderBudget.name, () => {
  it('allows a sender its budget a minute, then refuses until the minute is over, each sender apart', () => {
    let now = 0;
    const sut = new SenderBudget(3, () => now);
    expect([1, 2, 3, 4].map(() => sut.take('a'))).toEqual([true, true, true, false]);
    expect(sut.take('b')).toBe(true);
    expect(sut.retryAfter('a')).toBe(60);
    now = 60_000;
    expect(sut.take('a')).toBe(true);
  });
});

describe(rawRecord.name, () => {
  it('keeps the head of a large message with the digest and size of the whole', () => {
    const record = rawRecord('x'.repeat(880_000));
    expect(record.raw).toHaveLength(REJECTION_HEAD_CHARS);
    expect(record.rawBytes).toBe(880_000);
    expect(record.rawSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe(senderUnproven.name, () => {
  it('treats refusals before a valid signature as from an unproven sender', () => {
    expect(['INBOUND_SIGNATURE_MISSING', 'INBOUND_KEY_UNKNOWN', 'INBOUND_SIGNATURE_INVALID', 'EVENT_NOT_JSON', 'INBOUND_REGION_MISMATCH'].every(senderUnproven)).toBe(true);
    expect(['INBOUND_REGION_NOT_COVERED', 'SUB_KEGIATAN_WRONG_LEVEL'].some(senderUnproven)).toBe(false);
  });
});
