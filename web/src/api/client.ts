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
  path?: unknown;
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

/** One GraphQL error of a response that also carried data: where it happened and its code. */
export interface PartialError {
  message: string;
  /** The response path of the field that failed, e.g. ["case","person","contactPhone"]; empty if none. */
  path: (string | number)[];
  code: ApiErrorCode;
}

/** Data that may be incomplete: fields the viewer may not see come back null, with an error at their path. */
export interface PartialResult<TResult> {
  data: TResult;
  errors: PartialError[];
}

function toPartialError(error: WireError): PartialError {
  return {
    message: typeof error.message === 'string' ? error.message : 'GraphQL error',
    path: Array.isArray(error.path)
      ? (error.path as unknown[]).filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
      : [],
    code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN',
  };
}

/** The API's way of withholding one field's value from this viewer (the field layer). */
export const RESTRICTED_CODE = 'FORBIDDEN_FIELD';

function samePrefix(prefix: readonly (string | number)[], path: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => String(part) === String(path[i]));
}

/**
 * Whether the field at `path` was withheld: a FORBIDDEN_FIELD error at that path, or at a parent of it
 * (a withheld object withholds everything inside it).
 */
export function isRestricted(errors: readonly PartialError[], path: readonly (string | number)[]): boolean {
  return errors.some((e) => e.code === RESTRICTED_CODE && e.path.length > 0 && samePrefix(e.path, path));
}

/** Whether the field at `path` failed for another reason than being withheld (it is not the viewer's to see, or broke). */
export function failedAt(errors: readonly PartialError[], path: readonly (string | number)[]): boolean {
  return errors.some((e) => e.code !== RESTRICTED_CODE && e.path.length > 0 && samePrefix(e.path, path));
}

async function send<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  options: RequestOptions | undefined,
): Promise<{ body: WireResponse<TResult>; status: number }> {
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

  try {
    return { body: (await response.json()) as WireResponse<TResult>, status: response.status };
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(`Unexpected response (HTTP ${response.status})`, 'HTTP_ERROR', [], response.status);
  }
}

function fail(errors: WireError[], status: number): ApiError {
  const error = toApiError(errors, status);
  if (error.code === 'UNAUTHENTICATED') for (const listener of unauthenticatedListeners) listener();
  return error;
}

/**
 * Runs one typed operation against the gateway's /graphql with the session cookie.
 * Resolves with `data`; any GraphQL error, HTTP failure or network failure rejects with an ApiError.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: Args<TVariables>
): Promise<TResult> {
  const { body, status } = await send(document, variables, options);
  if (body.errors?.length) throw fail(body.errors, status);
  if (!body.data) throw new ApiError('The response had no data', 'UNKNOWN', [], status);
  return body.data;
}

/**
 * Like `request`, but a response with data and errors resolves with both, so that the fields the
 * viewer may see are shown and withheld ones can be marked (see `isRestricted`). It rejects with an
 * ApiError when there is no data (e.g. NOT_FOUND on a non-null root field), when the user is signed
 * out, and on HTTP or network failures.
 */
export async function requestPartial<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: Args<TVariables>
): Promise<PartialResult<TResult>> {
  const { body, status } = await send(document, variables, options);
  const errors = body.errors ?? [];
  if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw fail(errors, status);
  if (!body.data) {
    if (errors.length) throw fail(errors, status);
    throw new ApiError('The response had no data', 'UNKNOWN', [], status);
  }
  return { data: body.data, errors: errors.map(toPartialError) };
}
