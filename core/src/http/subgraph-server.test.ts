import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createLogger } from '../logging';
import { HavenError } from '../errors';
import { formatSubgraphError } from './subgraph-server';

const format = formatSubgraphError(createLogger({ level: 'silent' }));

describe('formatSubgraphError', () => {
  it('masks unexpected errors: no message, no stack trace', () => {
    const error = new GraphQLError('boom at /srv/secret/path.ts', {
      originalError: new Error('database password wrong'),
    });
    const out = format(
      { message: error.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret'] } },
      error,
    );
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('maps HavenErrors to their code and failing fields', () => {
    const error = new GraphQLError('x', {
      path: ['createCase'],
      originalError: new HavenError('BAD_USER_INPUT', 'Invalid input', { fields: [{ path: ['a'], message: 'm' }] }),
    });
    const out = format({ message: 'x' }, error);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: ['a'], message: 'm' }] });
  });

  it('keeps coded GraphQL errors but drops any stack trace', () => {
    const error = new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } });
    const out = format({ message: 'Not allowed', extensions: { code: 'FORBIDDEN', stacktrace: ['x'] } }, error);
    expect(out.extensions).toEqual({ code: 'FORBIDDEN' });
  });
});
