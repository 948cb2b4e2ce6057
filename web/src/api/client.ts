import type { TypedDocumentString } from '../gql/graphql';

/** One problem with one input field, as the API reports it in `extensions.fields`. */
export interface FieldProblem {
  path: string[];
  message: string;
}

/**
 * Codes the web client acts on; the API may send others, kept as they are.
 * NETWORK_ERROR and HTTP_ERROR are the client's own: no usable GraphQL response arrived.
 */
export type ApiErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NETWORK_ERROR' | 'HTTP_ERROR' | 'UNKNOWN' | (string & {});

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown };
}

interface WireResponse<T> {
  data?: T | null;
  errors?: WireError[];
}

function fieldProblems(errors: WireError[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const fields = error.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as unknown[]) {
      if (!field || typeof field !== 'object') continue;
      const { path, message } = field as { path?: unknown; message?: unknown };
      if (Array.isArray(path) && typeof message === 'string') problems.push({ path: path.map(String), message });
    }
  }
  return problems;
}

function toApiError(errors: WireError[], status: number): ApiError {
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
  // Being signed out outranks anything else the response says.
  const code = codes.includes('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : (codes[0] ?? 'UNKNOWN');
  const message = typeof errors[0]?.message === 'string' ? errors[0].message : 'GraphQL error';
  return new ApiError(message, code, fieldProblems(errors), status);
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent on every POST; the gateway refuses a cookie-authenticated POST without it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

const unauthenticatedListeners = new Set<() => void>();

/** Called whenever the API says nobody is signed in (for example after the session cookie expired). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  signal?: AbortSignal;
}

type Args<TVariables> =
  TVariables extends Record<string, never>
    ? [variables?: undefined, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

/**
 * Runs one typed operation against the gateway's /graphql with the session cookie.
 * Resolves with `data`; any GraphQL error, HTTP failure or network failure rejects with an ApiError.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: Args<TVariables>
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...csrfHeaders(),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? undefined }),
      signal: options?.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError('The server could not be reached', 'NETWORK_ERROR');
  }

  let body: WireResponse<TResult>;
  try {
    body = (await response.json()) as WireResponse<TResult>;
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(`Unexpected response (HTTP ${response.status})`, 'HTTP_ERROR', [], response.status);
  }

  if (body.errors?.length) {
    const error = toApiError(body.errors, response.status);
    if (error.code === 'UNAUTHENTICATED') for (const listener of unauthenticatedListeners) listener();
    throw error;
  }
  if (!body.data) throw new ApiError('The response had no data', 'UNKNOWN', [], response.status);
  return body.data;
}
