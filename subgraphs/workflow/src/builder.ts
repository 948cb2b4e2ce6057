import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { ScalarRef, SchemaTypes } from '@pothos/core';
import { createSchemaBuilder } from '@haven/core/graphql/builder';

export const builder = createSchemaBuilder();

type Types = typeof builder extends { $inferSchemaTypes: infer T extends SchemaTypes } ? T : never;

function literal(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
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
      return ast.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw new GraphQLError('JSON value expected', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** Any JSON value (the case subgraph declares the same scalar): workflow definitions, whose shape the service checks. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'A JSON value; its shape is checked by the service (for forms, against the form definition).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literal(ast, variables),
});

export const JSONRef = builder.addScalarType('JSON' as 'Date', JSONScalar as never) as unknown as ScalarRef<
  Types,
  unknown,
  unknown
>;
