/** The four services of the local stack, in start order (producers of the catalog first). */
export interface ServiceSpec {
  name: 'nomenclature' | 'spbe-indicators' | 'proposals' | 'reporting';
  port: number;
  entry: string;
}

export const SERVICES: readonly ServiceSpec[] = [
  { name: 'nomenclature', port: 3002, entry: 'apps/nomenclature/src/main.ts' },
  { name: 'spbe-indicators', port: 3003, entry: 'apps/spbe-indicators/src/main.ts' },
  { name: 'proposals', port: 3001, entry: 'apps/proposals/src/main.ts' },
  { name: 'reporting', port: 3004, entry: 'apps/reporting/src/main.ts' },
];

export function serviceUrl(service: ServiceSpec, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`SELARAS_${service.name.toUpperCase().replace('-', '_')}_URL`];
  return override ?? `http://127.0.0.1:${service.port}`;
}

export function findService(name: string): ServiceSpec {
  const service = SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`unknown service "${name}"; one of ${SERVICES.map((s) => s.name).join(', ')}`);
  return service;
}
