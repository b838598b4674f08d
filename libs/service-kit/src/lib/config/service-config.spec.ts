import { ConfigError, loadConfig, ServiceConfig } from './service-config';

describe(loadConfig.name, () => {
  const secret = { JWT_SECRET: 'a-secret-of-sixteen+' };

  it('applies defaults and the service port', () => {
    const config = loadConfig(ServiceConfig, { ...secret }, { PORT: 3001 });
    expect(config.PORT).toBe(3001);
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
  });

  it('reads the port from the environment as a number', () => {
    expect(loadConfig(ServiceConfig, { ...secret, PORT: '4100' }, { PORT: 3001 }).PORT).toBe(4100);
  });

  it('needs the SASL credentials once a mechanism is set, and passes them to kafkajs', () => {
    expect(() => loadConfig(ServiceConfig, { ...secret, KAFKA_SASL_MECHANISM: 'scram-sha-512' }, { PORT: 1 })).toThrow(/KAFKA_SASL_USERNAME is required/);
    const config = loadConfig(ServiceConfig, { ...secret, KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'svc-proposals', KAFKA_SASL_PASSWORD: 'x' }, { PORT: 1 });
    expect(config.kafkaSecurity).toEqual({ ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'svc-proposals', password: 'x' } });
  });

  it('fails fast naming every bad variable', () => {
    expect(() => loadConfig(ServiceConfig, { PORT: 'abc', KAFKA_BROKERS: 'localhost', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig(ServiceConfig, { PORT: 'abc', KAFKA_BROKERS: 'localhost', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT must be an integer/);
      expect(message).toMatch(/KAFKA_BROKERS/);
      expect(message).toMatch(/DATABASE_URL/);
      expect(message).toMatch(/JWT_SECRET/);
    }
  });
});
