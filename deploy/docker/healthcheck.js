#!/usr/bin/env node
// Container health probe for Docker (HEALTHCHECK, docker-compose): GET /health of the service in this
// container; exit 0 on 200, 1 otherwise. Kubernetes uses its own httpGet probes on the same path.
// The default ports are the services' own defaults (apps/<service>/src/config.ts), for containers
// started without PORT.
const DEFAULT_PORTS = { proposals: 3001, nomenclature: 3002, 'spbe-indicators': 3003, reporting: 3004 };
const port = process.env.PORT || DEFAULT_PORTS[process.env.SERVICE];
if (!port) {
  console.error(`healthcheck: set PORT or SERVICE (one of ${Object.keys(DEFAULT_PORTS).join(', ')})`);
  process.exit(1);
}
fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(4000) })
  .then((res) => process.exit(res.status === 200 ? 0 : 1))
  .catch(() => process.exit(1));
