import type { TFunction } from 'i18next';
import type { FormDefinition, Label, Path } from '@haven/core/forms/types';
import { translateServerMessage } from '../../i18n/server-messages';

/** A definition's label in the interface language, English when the form has no text in it. */
export function labelIn(label: Label | undefined, language: string): string {
  if (!label) return '';
  return label[language] ?? label[language.split('-')[0] ?? ''] ?? label.en;
}

/** Today as the server sees it (UTC, YYYY-MM-DD): "not in the future" and age() use it on both sides. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A path as a map key. */
export const pathKey = (path: Path): string => JSON.stringify(path.map(String));

/**
 * The forms engine words its problems in English with numbers in them ("must be at most 10"); the
 * ones the interface knows are translated with the number kept, rule messages come from the form's
 * own translated label, anything else is shown as the engine or the API wrote it.
 */
const patterns: [RegExp, string][] = [
  [/^is required$/, 'required'],
  [/^must be empty: the field is not shown$/, 'hidden'],
  [/^must be a text$/, 'text'],
  [/^must not contain control characters$/, 'controlCharacters'],
  [/^must be at most (\d+) characters$/, 'maxLength'],
  [/^must be at least (\d+) characters$/, 'minLength'],
  [/^is not in the expected form$/, 'pattern'],
  [/^must be a number$/, 'number'],
  [/^must be a whole number$/, 'integer'],
  [/^must be at least (-?[\d.]+)$/, 'min'],
  [/^must be at most (-?[\d.]+)$/, 'max'],
  [/^must be a date YYYY-MM-DD$/, 'date'],
  [/^must not be in the past$/, 'notPast'],
  [/^must not be in the future$/, 'notFuture'],
  [/^must not be before (\S+)$/, 'notBefore'],
  [/^must not be after (\S+)$/, 'notAfter'],
  [/^must be a date and time, ISO 8601 with a time zone$/, 'dateTime'],
  [/^must be true \(yes\) or false \(no\)$/, 'yesNo'],
  [/^must be one of the options$/, 'option'],
  [/^is chosen twice$/, 'chosenTwice'],
  [/^must choose at least (\d+)$/, 'minSelected'],
  [/^must choose at most (\d+)$/, 'maxSelected'],
  [/^must be an area code$/, 'areaCode'],
  [/^must name at least (\d+) levels$/, 'minLevels'],
  [/^must be the id of a person$/, 'person'],
  [/^must be the name of who signed/, 'signatureName'],
  [/^must have at most (\d+) items$/, 'maxItems'],
  [/^must have at least (\d+) items$/, 'minItems'],
  [/^is calculated by the form and may not be given$/, 'calculated'],
  [/^is not a field of this form$/, 'unknownField'],
  [/^is restricted for you$/, 'restricted'],
];

export function formMessage(t: TFunction, message: string, definition?: FormDefinition, language = 'en'): string {
  for (const [pattern, key] of patterns) {
    const match = pattern.exec(message);
    if (match) return t(`formMessages.${key}` as 'formMessages.required', { n: match[1] ?? '' });
  }
  // A rule of the form: its message in the interface language.
  if (definition) {
    const rules = [
      ...(definition.rules ?? []),
      ...definition.sections.flatMap((s) =>
        s.fields.flatMap((f) => [...(f.rules ?? []), ...(f.fields ?? []).flatMap((c) => c.rules ?? [])]),
      ),
    ];
    const rule = rules.find((r) => r.message.en === message);
    if (rule) return labelIn(rule.message, language);
  }
  return translateServerMessage(t, message);
}
