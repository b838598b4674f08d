import { dashboardCsp } from './security-headers';

describe(dashboardCsp.name, () => {
  it('allows no inline script, inline style attributes, and connections to the service only', () => {
    const csp = dashboardCsp();
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src-attr']).toEqual(["'unsafe-inline'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
  });

  it('adds the OIDC issuer\'s origin to connect-src once sign-in is configured', () => {
    expect(dashboardCsp('https://sso.maluku.go.id/realms/selaras')['connect-src']).toEqual(["'self'", 'https://sso.maluku.go.id']);
  });
});
