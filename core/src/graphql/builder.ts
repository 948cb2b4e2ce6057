import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { GraphQLError, Kind } from 'graphql';
import type { SubgraphContext } from './context';

export interface HavenSchemaTypes {
  Context: SubgraphContext;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
  };
  DefaultFieldNullability: false;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date such as a date of birth: yyyy-mm-dd, no time zone. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new GraphQLError('Date must be a calendar date in the form YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const roundTrip = new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10);
  if (roundTrip !== value) {
    throw new GraphQLError('Date does not exist in the calendar', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/**
 * The Pothos builder every Haven subgraph uses. Plugin order matters: anything that wraps
 * resolvers (auth) must come before directives, and federation last.
 */
export function createSchemaBuilder() {
  const builder = new SchemaBuilder<HavenSchemaTypes>({
    plugins: [DirectivePlugin, FederationPlugin],
    defaultFieldNullability: false,
  });
  builder.scalarType('Date', {
    description: 'A calendar date, YYYY-MM-DD',
    serialize: (value) => String(value),
    parseValue: parseIsoDate,
    parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : null),
  });
  builder.scalarType('DateTime', {
    description: 'An instant in time, ISO 8601 in UTC',
    serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
    parseValue: (value) => {
      const date = new Date(String(value));
      if (Number.isNaN(date.getTime())) throw new GraphQLError('Invalid DateTime', { extensions: { code: 'BAD_USER_INPUT' } });
      return date;
    },
  });
  return builder;
}

export type HavenSchemaBuilder = ReturnType<typeof createSchemaBuilder>;
