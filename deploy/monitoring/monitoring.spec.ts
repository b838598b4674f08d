import { readRepoFile, readYaml } from '../deploy-files';
import { metricNamesIn } from './metric-names';

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string; description?: string };
}

/**
 * The alert rules and the Grafana dashboard as code (issue 28). That every metric they read is
 * exposed by the services is checked against real /metrics in test/e2e/integration-health.
 */
describe('monitoring as code', () => {
  const plain = readYaml('deploy/monitoring/selaras.rules.yml')[0] as { groups: { name: string; rules: Rule[] }[] };
  const rules = plain.groups.flatMap((g) => g.rules);
  const dashboard = JSON.parse(readRepoFile('deploy/monitoring/grafana-dashboard.json'));

  it('has the PrometheusRule carry exactly the groups of the plain rules file', () => {
    const [operator] = readYaml('deploy/k8s/monitoring/prometheus-rule.yaml');
    expect(operator).toMatchObject({ apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: { namespace: 'selaras' } });
    expect(operator.spec.groups).toEqual(plain.groups);
    expect(readYaml('deploy/k8s/monitoring/kustomization.yaml')[0].resources).toEqual(['prometheus-rule.yaml']);
  });

  it('alerts on growing lag, an old outbox row, any dead letter, a silent region and a high refusal ratio', () => {
    expect(rules.map((r) => r.alert)).toEqual(expect.arrayContaining([
      'SelarasConsumerLagGrowing', 'SelarasOutboxStuck', 'SelarasDeadLetter', 'SelarasRegionSilent', 'SelarasRegionRefusalRatioHigh',
    ]));
    const byName = new Map(rules.map((r) => [r.alert, r]));
    expect(byName.get('SelarasConsumerLagGrowing')).toMatchObject({ for: '10m' });
    expect(byName.get('SelarasOutboxStuck')!.expr).toContain('selaras_outbox_oldest_pending_age_seconds) > 60');
    expect(byName.get('SelarasDeadLetter')!.expr).toMatch(/increase\(selaras_consumer_events_dead_lettered_total\[\w+\]\)\) > 0/);
    expect(byName.get('SelarasRegionRefusalRatioHigh')!.expr).toMatch(/>= 0\.2[\s\S]*>= 10/);
  });

  it('gives every rule a severity, a summary and an expression that names at least one metric', () => {
    for (const rule of rules) {
      expect({ alert: rule.alert, severity: ['info', 'warning', 'critical'].includes(rule.labels?.severity) }).toEqual({ alert: rule.alert, severity: true });
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
      expect(metricNamesIn(rule.expr).length).toBeGreaterThan(0);
    }
  });

  it('reads only selaras_ and http_ metrics, and label values never come from ids', () => {
    const names = [...rules.map((r) => r.expr), ...dashboard.panels.flatMap((p: { targets: { expr: string }[] }) => p.targets.map((t) => t.expr))].flatMap(metricNamesIn);
    for (const name of names) expect(name).toMatch(/^(selaras_|http_request_duration_seconds$)/);
  });

  it('has a Grafana dashboard whose every panel queries the Prometheus data source variable', () => {
    expect(dashboard).toMatchObject({ uid: 'selaras-integration', templating: { list: [{ name: 'datasource', type: 'datasource' }] } });
    for (const panel of dashboard.panels) {
      expect(panel.datasource.uid).toBe('${datasource}');
      expect(panel.targets.length).toBeGreaterThan(0);
    }
  });

  it('finds the metric names of an expression, not its functions, labels or durations', () => {
    expect(metricNamesIn('histogram_quantile(0.95, sum by (group, le) (rate(selaras_x_bucket{a="b"}[5m]))) > on (group) time() - y offset 10m')).toEqual(['selaras_x', 'y']);
  });
});
