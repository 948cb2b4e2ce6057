import { GraphQLError } from 'graphql';

/** Every error code a Haven API can return in `extensions.code`. */
export const errorCodes = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  /** A field the viewer may not see: its value is withheld and the error sits at its path. */
  FORBIDDEN_FIELD: 403,
  /** A step (referral, transfer, inclusion in reports) the recorded consent does not cover. */
  CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldProblem {
  /** Path of the failing input field, e.g. ["input", "person", "givenName"]. */
  path: (string | number)[];
  message: string;
}

/** An expected failure that services raise; mapped to a GraphQL error in one place. */
export class HavenError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldProblem[] } = {},
  ) {
    super(message);
    this.name = 'HavenError';
  }
}

export function badInput(fields: FieldProblem[]): HavenError {
  const names = fields.map((f) => f.path.join('.')).join(', ');
  return new HavenError('BAD_USER_INPUT', `Invalid input: ${names}`, { fields });
}

/** Maps a HavenError to a GraphQLError with the code (and failing fields) in its extensions. */
export function toGraphQLError(error: HavenError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(error.details.fields ? { fields: error.details.fields } : {}),
    },
  });
}

export function graphQLError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: errorCodes[code] } } });
}
