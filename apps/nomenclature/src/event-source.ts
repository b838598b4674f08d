/** CloudEvents `source` of everything this service publishes. */
export const NOMENCLATURE_EVENT_SOURCE = '/services/nomenclature';
