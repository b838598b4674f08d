import pino from 'pino';
import { Writable } from 'node:stream';
import { redactRequest, REDACTED_LOG_PATHS, redactUrl } from './redact';

describe(redactUrl.name, () => {
  it('replaces the value of every credential-carrying query parameter and keeps the rest', () => {
    expect(redactUrl('/v1/stream?province=81&access_token=eyJabc.def&lastEventId=5')).toBe('/v1/stream?province=81&access_token=[Redacted]&lastEventId=5');
    expect(redactUrl('/?code=abc&state=xyz&session_state=1')).toBe('/?code=[Redacted]&state=xyz&session_state=1');
    expect(redactUrl('/?token=eyJx&ticket=t1#frag')).toBe('/?token=[Redacted]&ticket=[Redacted]#frag');
    expect(redactUrl('/v1/proposals?region=81.71')).toBe('/v1/proposals?region=81.71');
    expect(redactUrl('/?postcode=1')).toBe('/?postcode=1');
  });
});

describe('request log redaction', () => {
  it('writes no token, cookie or code of a request into the log line', () => {
    let line = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((line += chunk.toString()), done()) });
    const logger = pino({ redact: REDACTED_LOG_PATHS, serializers: { req: redactRequest } }, sink);
    logger.info({
      req: { method: 'GET', url: '/v1/stream?province=81&access_token=eyJhbGciOi.secret', query: { province: '81', access_token: 'eyJhbGciOi.secret', code: 'c0de' }, headers: { authorization: 'Bearer eyJhbGciOi.x', cookie: 'selaras_stream=eyJhbGciOi.y' } },
      res: { statusCode: 200, headers: { 'set-cookie': 'selaras_stream=eyJhbGciOi.z; HttpOnly' } },
    }, 'request completed');
    expect(line).toContain('province=81');
    expect(line).not.toContain('eyJ');
    expect(line).not.toContain('c0de');
  });
});
