import type { TFunction } from 'i18next';
import en from './en.json';

type KnownMessage = keyof typeof en.serverMessages;
const known = new Set<string>(Object.keys(en.serverMessages));

function isKnown(slug: string): slug is KnownMessage {
  return known.has(slug);
}

/**
 * The API words field problems in English ("must not be empty"). Messages the client knows are
 * translated by a key derived from the text; any other message is shown as the API sent it.
 */
export function translateServerMessage(t: TFunction, message: string): string {
  const slug = message
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return isKnown(slug) ? t(`serverMessages.${slug}`) : message;
}
