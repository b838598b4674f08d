import { isAllowedAction } from './action-routes';

describe('isAllowedAction', () => {
  it('allows the coordinator\'s writes and the reads they need', () => {
    expect(isAllowedAction('proposals', 'POST', '/v1/priorities')).toBe(true);
    expect(isAllowedAction('proposals', 'PATCH', '/v1/priorities/0b6f3a1e-8a1c-4c59-9d55-8f3a1d2b4c5e')).toBe(true);
    expect(isAllowedAction('proposals', 'POST', '/v1/inbound/keys/81.71-1a2b3c4d/approve')).toBe(true);
    expect(isAllowedAction('proposals', 'DELETE', '/v1/inbound/keys/81.71-1a2b3c4d')).toBe(true);
    expect(isAllowedAction('proposals', 'GET', '/v1/inbound/rejections')).toBe(true);
    expect(isAllowedAction('spbe', 'PUT', '/v1/spbe/targets/81.71/2027')).toBe(true);
    expect(isAllowedAction('proposals', 'POST', '/v1/overlaps/reviews')).toBe(true);
    expect(isAllowedAction('proposals', 'GET', '/v1/overlaps/reviews/0b6f3a1e-8a1c-4c59-9d55-8f3a1d2b4c5e~1c7f3a1e-8a1c-4c59-9d55-8f3a1d2b4c5f/history')).toBe(true);
  });

  it('refuses anything else: other paths, methods, services, and paths that climb out', () => {
    expect(isAllowedAction('proposals', 'POST', '/v1/proposals')).toBe(false);
    expect(isAllowedAction('proposals', 'POST', '/v1/inbound/keys')).toBe(false);
    expect(isAllowedAction('proposals', 'DELETE', '/v1/priorities')).toBe(false);
    expect(isAllowedAction('proposals', 'POST', '/v1/inbound')).toBe(false);
    expect(isAllowedAction('spbe', 'PUT', '/v1/spbe/targets/81.71/2027/../../assessments/81.71/2027/indicators/1')).toBe(false);
    expect(isAllowedAction('nomenclature', 'POST', '/v1/nomenclature/versions')).toBe(false);
    expect(isAllowedAction('spbe', 'PUT', '/v1/priorities')).toBe(false);
    expect(isAllowedAction('proposals', 'DELETE', '/v1/overlaps/reviews')).toBe(false);
  });
});
