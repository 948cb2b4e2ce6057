import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, envFields, parseEnv, redactedConfig, secret } from './config';

const schema = z.object({
  PORT: envFields.port(4000),
  DATABASE_URL: envFields.databaseUrl(),
  TOKEN: secret(z.string().min(10)),
  FLAG: envFields.flag(false),
});

describe('parseEnv', () => {
  it('lists every problem at once', () => {
    try {
      parseEnv('svc', schema, { PORT: 'eighty', DATABASE_URL: 'mysql://x', TOKEN: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('TOKEN');
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });

  it('applies defaults and coerces', () => {
    const env = parseEnv('svc', schema, { DATABASE_URL: 'postgres://h/db', TOKEN: 'x'.repeat(12), FLAG: 'yes' });
    expect(env).toEqual({ PORT: 4000, DATABASE_URL: 'postgres://h/db', TOKEN: 'x'.repeat(12), FLAG: true });
  });

  it('redacts secrets for logging', () => {
    const env = parseEnv('svc', schema, { DATABASE_URL: 'postgres://u:pw@h/db', TOKEN: 'x'.repeat(12) });
    expect(redactedConfig(schema, env)).toMatchObject({ DATABASE_URL: '[secret]', TOKEN: '[secret]', PORT: 4000 });
  });
});
