import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, failedAt, isRestricted, request, requestPartial, type PartialError } from './client';

const document = { toString: () => 'query { case(id: "1") { id } }' } as unknown as TypedDocumentString<
  { case: { id: string; phone: string | null } },
  Record<string, never>
>;

function respondWith(body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }))),
  );
}

const restricted = (path: (string | number)[]) => ({
  message: 'This field is restricted',
  path,
  extensions: { code: 'FORBIDDEN_FIELD' },
});

afterEach(() => vi.unstubAllGlobals());

describe('isRestricted and failedAt', () => {
  const errors: PartialError[] = [
    { message: 'x', path: ['case', 'person', 'contactPhone'], code: 'FORBIDDEN_FIELD' },
    { message: 'x', path: ['case', 'currentStage'], code: 'INTERNAL_SERVER_ERROR' },
    { message: 'x', path: [], code: 'FORBIDDEN_FIELD' },
  ];

  it.each([
    [['case', 'person', 'contactPhone'], true],
    [['case', 'person', 'currentAddress'], false],
    [['case', 'person'], false],
    [['case', 'currentStage'], false],
  ])('path %j restricted: %s', (path, expected) => {
    expect(isRestricted(errors, path)).toBe(expected);
  });

  it('treats everything under a withheld object as withheld', () => {
    const parent: PartialError[] = [{ message: 'x', path: ['case', 'person'], code: 'FORBIDDEN_FIELD' }];
    expect(isRestricted(parent, ['case', 'person', 'contactPhone'])).toBe(true);
  });

  it('tells other failures apart from withheld fields', () => {
    expect(failedAt(errors, ['case', 'currentStage', 'stage'])).toBe(true);
    expect(failedAt(errors, ['case', 'person', 'contactPhone'])).toBe(false);
  });
});

describe('requestPartial', () => {
  it('resolves with the data and the errors of withheld fields', async () => {
    respondWith({ data: { case: { id: '1', phone: null } }, errors: [restricted(['case', 'phone'])] });
    const { data, errors } = await requestPartial(document);
    expect(data.case.id).toBe('1');
    expect(isRestricted(errors, ['case', 'phone'])).toBe(true);
  });

  it('rejects with the API’s code when there is no data', async () => {
    respondWith({ data: null, errors: [{ message: 'Not found', path: ['case'], extensions: { code: 'NOT_FOUND' } }] });
    await expect(requestPartial(document)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects when the user is signed out, even with data', async () => {
    respondWith({ data: { case: null }, errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(requestPartial(document)).rejects.toBeInstanceOf(ApiError);
  });
});

describe('request', () => {
  it('still rejects on any error, so existing callers are unchanged', async () => {
    respondWith({ data: { case: { id: '1', phone: null } }, errors: [restricted(['case', 'phone'])] });
    await expect(request(document)).rejects.toMatchObject({ code: 'FORBIDDEN_FIELD' });
  });
});
