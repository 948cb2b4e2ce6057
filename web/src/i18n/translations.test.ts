import { describe, expect, it } from 'vitest';
import en from './en.json';
import ar from './ar.json';

/** Languages checked against English, the reference; add each new language here. */
const languages: Record<string, object> = { ar };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leafKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Keys with plural forms folded into their base key, since languages have different plural forms. */
function baseKeys(tree: object): string[] {
  return [...new Set(leafKeys(tree).map((key) => key.replace(pluralSuffix, '')))].sort();
}

function pluralForms(tree: object, base: string): string[] {
  return leafKeys(tree)
    .filter((key) => pluralSuffix.test(key) && key.replace(pluralSuffix, '') === base)
    .map((key) => key.slice(base.length + 1))
    .sort();
}

describe('translations', () => {
  it.each(Object.entries(languages))('%s has exactly the keys of English', (_language, resource) => {
    expect(baseKeys(resource)).toEqual(baseKeys(en));
  });

  it.each(Object.entries({ en, ...languages }))('%s has every plural form its language needs', (language, resource) => {
    const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    const plurals = baseKeys(en).filter((key) => pluralForms(en, key).length > 0);
    for (const key of plurals) expect(pluralForms(resource, key), key).toEqual(needed);
  });

  it.each(Object.entries({ en, ...languages }))('%s has no empty text', (_language, resource) => {
    expect(JSON.stringify(resource)).not.toMatch(/:\s*""/);
  });
});
