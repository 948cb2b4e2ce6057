import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '@haven/core/forms/types';
import { labelIn } from './labels';

interface LocationInputProps {
  id: string;
  field: FieldDefinition;
  value: unknown;
  invalid: boolean;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/**
 * A location: one area code per administrative level, from the top down (the value is the list of
 * codes). Without the agency's area list the codes are typed.
 */
export function LocationInput({ id, field, value, invalid, onChange, onBlur }: LocationInputProps) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const codes = Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : '')) : [];
  const levels = field.levels ?? [];

  const set = (level: number, code: string) => {
    // Changing a level clears the levels under it.
    const next = [...codes.slice(0, level), code.trim()];
    while (next.length > 0 && next[next.length - 1] === '') next.pop();
    onChange(next.length > 0 ? next : undefined);
  };

  return (
    <div className="location-levels">
      {levels.map((level, i) => (
        <div key={i} className="location-level">
          <label htmlFor={i === 0 ? id : `${id}-${i}`}>{labelIn(level, language)}</label>
          <input
            id={i === 0 ? id : `${id}-${i}`}
            type="text"
            value={codes[i] ?? ''}
            disabled={i > 0 && !codes[i - 1]}
            aria-invalid={invalid}
            onChange={(e) => set(i, e.target.value)}
            onBlur={onBlur}
          />
        </div>
      ))}
    </div>
  );
}
