import { ReportingConfig } from '../config';
import { StreamSlots } from './stream-slots';

describe(StreamSlots.name, () => {
  const config = Object.assign(new ReportingConfig(), { STREAM_MAX_PER_SUBJECT: 2, STREAM_MAX_TOTAL: 3 });

  it('refuses a subject past its cap and everyone past the total, and gives slots back once', () => {
    const sut = new StreamSlots(config);
    const first = sut.take('a');
    sut.take('a');
    expect(() => sut.take('a')).toThrow(expect.objectContaining({ code: 'STREAMS_EXHAUSTED', kind: 'too_many' }));
    sut.take('b');
    expect(() => sut.take('c')).toThrow(/at most 3/);
    first();
    first();
    expect(sut.open).toBe(2);
    expect(() => sut.take('c')).not.toThrow();
  });
});
