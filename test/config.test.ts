import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../lib/config';

describe('configuration (issue 2: one zod-validated config module)', () => {
  it('uses the embedded defaults when nothing is set: API 3000, Temporal 7233, UI 8233', () => {
    const c = loadConfig({});
    expect(c.api.port).toBe(3000);
    expect(c.temporal.address).toBe('127.0.0.1:7233');
    expect(c.temporal.external).toBe(false);
    expect(c.temporal.devServer.uiPort).toBe(8233);
    expect(c.database.external).toBe(false);
    expect(c.database.ownerUrl).toMatch(/^postgres:\/\/.*:5433\/accountability$/);
    // The worker and the API connect to the same database as the app's least-privilege role, not as the owner.
    expect(c.database.url).toMatch(/^postgres:\/\/accountability_app:.*:5433\/accountability$/);
  });

  it('uses an existing Temporal and PostgreSQL when their addresses are given', () => {
    const c = loadConfig({ TEMPORAL_ADDRESS: 'temporal.internal:7233', DATABASE_URL: 'postgres://u:p@db:5432/x' });
    expect(c.temporal).toMatchObject({ address: 'temporal.internal:7233', external: true });
    expect(c.database).toMatchObject({ ownerUrl: 'postgres://u:p@db:5432/x', external: true });
    expect(c.database.url).toMatch(/^postgres:\/\/accountability_app:[\w-]+@db:5432\/x$/);
  });

  it('runs the production topology on its own ports when asked (issue 14): frontend 7433, UI 8433', () => {
    const c = loadConfig({ TEMPORAL_TOPOLOGY: 'production' });
    expect(c.temporal).toMatchObject({
      address: '127.0.0.1:7433',
      external: false,
      topology: 'production',
      server: { port: 7433, uiPort: 8433 },
    });
    expect(loadConfig({}).temporal.topology).toBe('dev');
    expect(() => loadConfig({ TEMPORAL_TOPOLOGY: 'prod' })).toThrow(/TEMPORAL_TOPOLOGY: expected dev or production/);
    // Temporal keeps membership ports in a smallint column: 32753 + 14 is the last that fits.
    expect(() => loadConfig({ TEMPORAL_SERVER_PORT: '40000' })).toThrow(/TEMPORAL_SERVER_PORT: expected a TCP port up/);
    // The server's Prometheus metrics: off unless a port is given.
    expect(c.temporal.server.metricsPort).toBeUndefined();
    expect(loadConfig({ TEMPORAL_SERVER_METRICS_PORT: '9464' }).temporal.server.metricsPort).toBe(9464);
    expect(() => loadConfig({ TEMPORAL_SERVER_METRICS_PORT: 'on' })).toThrow(
      /TEMPORAL_SERVER_METRICS_PORT: expected a TCP port/,
    );
  });

  it('refuses a bad value with a message that names the variable and the value', () => {
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ API_PORT: '70000' })).toThrow(
      /API_PORT: expected a TCP port between 1 and 65535 \(got "70000"\)/,
    );
    expect(() => loadConfig({ TEMPORAL_ADDRESS: 'localhost' })).toThrow(/TEMPORAL_ADDRESS: expected host:port/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: expected a postgres:\/\/ connection URL/,
    );
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ API_PORT: '0', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/API_PORT/);
      expect((err as Error).message).toMatch(/LOG_LEVEL/);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ API_PORT: '' }).api.port).toBe(3000);
  });
});
