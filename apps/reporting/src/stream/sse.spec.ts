import { parseLastEventId, sseComment, sseEvent } from './sse';

describe(sseEvent.name, () => {
  it('writes id, event name and one line of JSON data, ended by a blank line', () => {
    expect(sseEvent('42', 'change', { region: '81.71' })).toBe('id: 42\nevent: change\ndata: {"region":"81.71"}\n\n');
  });
});

describe(sseComment.name, () => {
  it('keeps a comment on one line', () => {
    expect(sseComment('heartbeat\nnow')).toBe(': heartbeat now\n\n');
  });
});

describe(parseLastEventId.name, () => {
  it('accepts a change id and refuses anything else', () => {
    expect(parseLastEventId('17')).toBe(17n);
    expect(parseLastEventId(['17'])).toBe(17n);
    expect(parseLastEventId('abc')).toBeNull();
    expect(parseLastEventId(undefined)).toBeNull();
  });
});
