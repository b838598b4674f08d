import { callApi } from '../stack/api-client';
import { BenchStack } from './stack/bench-stack';

/**
 * The real 2027 nomenclature, imported and activated through the nomenclature service: proposals
 * validates inbound codes against it and the nomenclature figures search it.
 */
export async function importReferenceNomenclature(stack: BenchStack): Promise<void> {
  const url = stack.url('nomenclature');
  const admin = await stack.token('00', 'admin');
  const outcome = await callApi<{ version: { id: string } }>(url, 'POST', '/v1/nomenclature/versions/from-reference/sipd-2027', admin);
  await callApi(url, 'POST', `/v1/nomenclature/versions/${encodeURIComponent(outcome.version.id)}/activate`, admin, {});
}
