#!/usr/bin/env node
// Writes deploy/keycloak/realm-selaras.json, the demo realm as code, from the region directory:
// node deploy/keycloak/generate-realm.mjs. The JSON is committed; keycloak.mjs imports it at
// start. A generator rather than a hand-edited file because 12 regions × (groups, users,
// clients) is too repetitive to keep consistent by hand.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const PROVINCE = '81';

/** The password of every demo user, printed by `npm start` (demo realm only). */
export const DEMO_PASSWORD = 'selaras-demo';
/** Client secrets of the demo realm. A real province sets its own in Keycloak; these never leave a laptop. */
export const demoClientSecret = (clientId) => `demo-secret-${clientId}`;
export const AUDIENCE = 'selaras-api';
export const ROLES = ['opd', 'bappeda', 'coordinator', 'viewer', 'admin'];

function regions() {
  const rows = fs.readFileSync(path.join(REPO, 'libs/domain-region/data/wilayah_provinsi_kabkota.csv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((line) => line.split(',')).filter(([code]) => code === PROVINCE || code.startsWith(`${PROVINCE}.`)).map(([code, name]) => ({ code, name }));
}

const claimMappers = (hardcodedRegion) => [
  hardcodedRegion
    ? { name: 'region', protocol: 'openid-connect', protocolMapper: 'oidc-hardcoded-claim-mapper', config: { 'claim.name': 'region', 'claim.value': hardcodedRegion, 'jsonType.label': 'String', 'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true' } }
    : { name: 'region', protocol: 'openid-connect', protocolMapper: 'oidc-usermodel-attribute-mapper', config: { 'user.attribute': 'region', 'claim.name': 'region', 'jsonType.label': 'String', 'access.token.claim': 'true', 'id.token.claim': 'true', 'introspection.token.claim': 'true', 'userinfo.token.claim': 'true' } },
  { name: 'roles', protocol: 'openid-connect', protocolMapper: 'oidc-usermodel-realm-role-mapper', config: { 'claim.name': 'roles', multivalued: 'true', 'jsonType.label': 'String', 'access.token.claim': 'true', 'id.token.claim': 'true', 'introspection.token.claim': 'true', 'userinfo.token.claim': 'true' } },
  { name: 'audience', protocol: 'openid-connect', protocolMapper: 'oidc-audience-mapper', config: { 'included.custom.audience': AUDIENCE, 'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true' } },
];

/** A confidential client of a system (regency system, the CLI's admin): client credentials only. */
function serviceClient(clientId, name, region) {
  return {
    clientId,
    name,
    enabled: true,
    publicClient: false,
    clientAuthenticatorType: 'client-secret',
    secret: demoClientSecret(clientId),
    serviceAccountsEnabled: true,
    standardFlowEnabled: false,
    directAccessGrantsEnabled: false,
    implicitFlowEnabled: false,
    protocol: 'openid-connect',
    attributes: { 'access.token.lifespan': '300' },
    protocolMappers: claimMappers(region),
  };
}

function serviceAccount(clientId, roles) {
  return { username: `service-account-${clientId}`, enabled: true, serviceAccountClientId: clientId, realmRoles: roles };
}

function user(username, region, roles, groupPath, firstName) {
  return {
    username,
    enabled: true,
    emailVerified: true,
    firstName,
    lastName: region,
    email: `${username}@selaras.invalid`,
    attributes: { region: [region] },
    credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    realmRoles: roles,
    groups: [groupPath],
  };
}

export function buildRealm() {
  const all = regions();
  const province = all.find((r) => r.code === PROVINCE);
  const kabKota = all.filter((r) => r.code !== PROVINCE);
  const groupPath = (r) => (r.code === PROVINCE ? `/${r.code} ${r.name}` : `/${province.code} ${province.name}/${r.code} ${r.name}`);
  const users = [
    user(`koordinator.${PROVINCE}`, PROVINCE, ['coordinator'], groupPath(province), 'Koordinator'),
    user(`pemantau.${PROVINCE}`, PROVINCE, ['viewer'], groupPath(province), 'Pemantau'),
    user(`opd.${PROVINCE}`, PROVINCE, ['opd'], groupPath(province), 'Operator OPD'),
    user(`bappeda.${PROVINCE}`, PROVINCE, ['bappeda'], groupPath(province), 'Bappeda'),
    ...kabKota.flatMap((r) => [
      user(`opd.${r.code}`, r.code, ['opd'], groupPath(r), 'Operator OPD'),
      user(`bappeda.${r.code}`, r.code, ['bappeda'], groupPath(r), 'Bappeda'),
      user(`admin.${r.code}`, r.code, ['admin'], groupPath(r), 'Admin'),
    ]),
  ];
  const regencyClients = all.map((r) => serviceClient(`regency-${r.code}`, `Sistem perencanaan ${r.name}`, r.code));
  return {
    realm: 'selaras',
    displayName: 'Selaras',
    enabled: true,
    sslRequired: 'external',
    registrationAllowed: false,
    loginWithEmailAllowed: false,
    bruteForceProtected: true,
    accessTokenLifespan: 300,
    ssoSessionIdleTimeout: 1800,
    ssoSessionMaxLifespan: 36000,
    revokeRefreshToken: false,
    internationalizationEnabled: true,
    supportedLocales: ['id', 'en'],
    defaultLocale: 'id',
    roles: { realm: ROLES.map((name) => ({ name, description: `Selaras role ${name}` })) },
    groups: [
      {
        name: `${province.code} ${province.name}`,
        attributes: { region: [province.code] },
        subGroups: kabKota.map((r) => ({ name: `${r.code} ${r.name}`, attributes: { region: [r.code] } })),
      },
    ],
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        {
          providerId: 'declarative-user-profile',
          subComponents: {},
          config: {
            'kc.user.profile.config': [
              JSON.stringify({
                attributes: [
                  { name: 'username', displayName: '${username}', validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {}, 'up-username-not-idn-homograph': {} }, permissions: { view: ['admin', 'user'], edit: ['admin'] }, multivalued: false },
                  { name: 'email', displayName: '${email}', validations: { email: {}, length: { max: 255 } }, permissions: { view: ['admin', 'user'], edit: ['admin'] }, multivalued: false },
                  { name: 'firstName', displayName: '${firstName}', validations: { length: { max: 255 } }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
                  { name: 'lastName', displayName: '${lastName}', validations: { length: { max: 255 } }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
                  // the kode wilayah the user acts for: set by administrators only, never by the user
                  { name: 'region', displayName: 'Kode wilayah', validations: { pattern: { pattern: '^\\d{2}(\\.\\d{2})?$', 'error-message': 'kode wilayah, e.g. 81 or 81.71' } }, permissions: { view: ['admin', 'user'], edit: ['admin'] }, multivalued: false },
                ],
                groups: [{ name: 'user-metadata', displayHeader: 'User metadata', displayDescription: 'Attributes, which refer to user metadata' }],
              }),
            ],
          },
        },
      ],
    },
    clients: [
      {
        clientId: 'selaras-dashboard',
        name: 'Selaras dashboard',
        enabled: true,
        publicClient: true,
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        implicitFlowEnabled: false,
        protocol: 'openid-connect',
        // any port of the loopback addresses (tests run reporting on a random port); a province's
        // own Keycloak lists its dashboard's real address instead
        redirectUris: ['http://127.0.0.1*', 'http://localhost*'],
        // the page calls the token endpoint itself (CORS); '+' (the redirect URIs' origins) does not
        // expand wildcards, so the demo realm allows any origin: its redirect URIs are loopback only
        webOrigins: ['*'],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
        protocolMappers: claimMappers(),
      },
      {
        // the CLI's `selaras login` / `selaras token --user`: password grant, demo realm only
        clientId: 'selaras-cli',
        name: 'Selaras CLI',
        enabled: true,
        publicClient: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: true,
        protocol: 'openid-connect',
        attributes: { 'oauth2.device.authorization.grant.enabled': 'true' },
        protocolMappers: claimMappers(),
      },
      serviceClient('selaras-admin', 'Selaras CLI (administration: import, replay, keys)', '00'),
      // a second party for the development CLI's regency keys: proposals refuses a key approved by whoever requested it
      serviceClient('selaras-approver', 'Selaras CLI (approves the keys the CLI requests; demo realm only)', '00'),
      ...regencyClients,
    ],
    users: [
      ...users,
      serviceAccount('selaras-admin', ['admin']),
      serviceAccount('selaras-approver', ['admin']),
      serviceAccount(`regency-${PROVINCE}`, ['opd', 'bappeda', 'coordinator']),
      ...kabKota.map((r) => serviceAccount(`regency-${r.code}`, ['opd', 'bappeda'])),
    ],
  };
}

function isMain() {
  return process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
}

if (isMain()) {
  const file = path.join(HERE, 'realm-selaras.json');
  fs.writeFileSync(file, JSON.stringify(buildRealm(), null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
