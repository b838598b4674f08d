import { withoutAccessToken } from './stream-token.middleware';

describe(withoutAccessToken.name, () => {
  it('removes the token wherever it stands in the query', () => {
    expect(withoutAccessToken('/v1/stream?province=81&access_token=abc.def')).toBe('/v1/stream?province=81');
    expect(withoutAccessToken('/v1/stream?access_token=abc&province=81')).toBe('/v1/stream?province=81');
    expect(withoutAccessToken('/v1/stream?access_token=abc')).toBe('/v1/stream');
    expect(withoutAccessToken('/v1/stream?province=81&access_token=x&lastEventId=5')).toBe('/v1/stream?province=81&lastEventId=5');
  });
});
