import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition, Label } from '@haven/core/forms/types';
import { isAbortError, request } from '../../api/client';
import { labelIn } from './labels';
import { AdminAreasDocument } from './operations';

interface LocationInputProps {
  id: string;
  field: FieldDefinition;
  value: unknown;
  invalid: boolean;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

interface Area {
  code: string;
  name: Label;
}

/** Areas by parent code ('' for the top level), fetched once per page. */
const areaCache = new Map<string, Promise<Area[]>>();
function areasUnder(parentCode: string): Promise<Area[]> {
  let found = areaCache.get(parentCode);
  if (!found) {
    found = request(AdminAreasDocument, { parentCode: parentCode || null }).then((r) =>
      r.adminAreas.map((a) => ({ code: a.code, name: a.name as Label })),
    );
    found.catch(() => areaCache.delete(parentCode));
    areaCache.set(parentCode, found);
  }
  return found;
}

/**
 * A location: one area per administrative level from the top down (the value is the list of area
 * codes), as cascading selects over the agency's areas (adminAreas). Where the agency has no areas
 * yet, or they cannot be loaded, the codes are typed instead.
 */
export function LocationInput({ id, field, value, invalid, onChange, onBlur }: LocationInputProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const codes = Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : '')) : [];
  const levels = field.levels ?? [];
  // Options per level: level 0 under '', level n under the code chosen at n - 1.
  const [options, setOptions] = useState<(Area[] | null)[]>([]);
  const [typed, setTyped] = useState(false);
  const parents = levels.map((_, i) => (i === 0 ? '' : (codes[i - 1] ?? null)));
  const parentsKey = JSON.stringify(parents);

  useEffect(() => {
    const controller = new AbortController();
    const wanted: (string | null)[] = JSON.parse(parentsKey);
    Promise.all(wanted.map((parent) => (parent === null ? Promise.resolve(null) : areasUnder(parent)))).then(
      (lists) => {
        if (controller.signal.aborted) return;
        setOptions(lists);
        if (lists[0]?.length === 0) setTyped(true);
      },
      (error: unknown) => {
        if (!isAbortError(error) && !controller.signal.aborted) setTyped(true);
      },
    );
    return () => controller.abort();
  }, [parentsKey]);

  const set = (level: number, code: string) => {
    // Changing a level clears the levels under it.
    const next = [...codes.slice(0, level), code.trim()];
    while (next.length > 0 && next[next.length - 1] === '') next.pop();
    onChange(next.length > 0 ? next : undefined);
  };

  return (
    <div className="location-levels">
      {levels.map((level, i) => {
        const controlId = i === 0 ? id : `${id}-${i}`;
        const list = options[i];
        const disabled = i > 0 && !codes[i - 1];
        return (
          <div key={i} className="location-level">
            <label htmlFor={controlId}>{labelIn(level, language)}</label>
            {typed ? (
              <input
                id={controlId}
                type="text"
                dir="ltr"
                value={codes[i] ?? ''}
                disabled={disabled}
                aria-invalid={invalid}
                onChange={(e) => set(i, e.target.value)}
                onBlur={onBlur}
              />
            ) : (
              <select
                id={controlId}
                value={codes[i] ?? ''}
                disabled={disabled || !list}
                aria-invalid={invalid}
                onChange={(e) => set(i, e.target.value)}
                onBlur={onBlur}
              >
                <option value="">{list || disabled ? t('forms.location.choose') : t('forms.location.loading')}</option>
                {(list ?? []).map((area) => (
                  <option key={area.code} value={area.code}>
                    {labelIn(area.name, language)}
                  </option>
                ))}
                {/* A stored code no longer offered (retired) stays visible. */}
                {codes[i] && list && !list.some((a) => a.code === codes[i]) && (
                  <option value={codes[i]}>{codes[i]}</option>
                )}
              </select>
            )}
          </div>
        );
      })}
    </div>
  );
}
