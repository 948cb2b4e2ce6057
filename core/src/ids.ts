const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a client-given id can be a row id at all. Services check before querying, because
 * PostgreSQL rejects a malformed uuid with an error where the API should answer NOT_FOUND or
 * BAD_USER_INPUT.
 */
export const isUuid = (value: string): boolean => uuidPattern.test(value);
