import SchemaBuilder, { type ScalarRef, type SchemaTypes } from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { SubgraphContext } from './context';

export interface HavenSchemaTypes {
  Context: SubgraphContext;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
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

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => String(value),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime()))
    throw new GraphQLError('DateTime must be an ISO 8601 instant', { extensions: { code: 'BAD_USER_INPUT' } });
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 in UTC',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

/** Scalars every subgraph and the gateway share, so input is checked at the edge already. */
export const sharedScalars = { Date: DateScalar, DateTime: DateTimeScalar };

/**
 * The Pothos builder every Haven subgraph uses. Plugin order matters: anything that wraps
 * resolvers (auth) must come before directives, and federation last.
 */
export function createSchemaBuilder() {
  const builder = new SchemaBuilder<HavenSchemaTypes>({
    plugins: [DirectivePlugin, FederationPlugin],
    defaultFieldNullability: false,
  });
  builder.addScalarType('Date', DateScalar);
  builder.addScalarType('DateTime', DateTimeScalar);
  return builder;
}

export type HavenSchemaBuilder = ReturnType<typeof createSchemaBuilder>;

function jsonLiteral(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => jsonLiteral(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, jsonLiteral(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw new GraphQLError('JSON value expected', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/**
 * Any JSON value: form and workflow definitions, form values, translatable labels, whose shape is
 * data checked by the service (core/src/forms, the workflow definition checks) rather than by the
 * schema. Subgraphs that need it add it to their builder with addJSONScalar.
 */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'A JSON value; its shape is checked by the service (for forms, against the form definition).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => jsonLiteral(ast, variables),
});

type HavenTypes = HavenSchemaBuilder extends { $inferSchemaTypes: infer T extends SchemaTypes } ? T : never;

/** Adds the JSON scalar to a subgraph's builder; the Pothos type to use for JSON fields. */
export function addJSONScalar(builder: HavenSchemaBuilder): ScalarRef<HavenTypes, unknown, unknown> {
  return builder.addScalarType('JSON' as 'Date', JSONScalar as never) as unknown as ScalarRef<
    HavenTypes,
    unknown,
    unknown
  >;
}
