import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface TabDefinition<K extends string> {
  key: K;
  label: string;
  /** A count or marker shown after the label. */
  badge?: string;
  render: () => ReactNode;
}

interface TabsProps<K extends string> {
  label: string;
  tabs: TabDefinition<K>[];
  selected: K;
  onSelect: (key: K) => void;
}

/**
 * Tabs as the WAI-ARIA pattern has them: a tablist of tabs, one tabpanel shown; arrow keys move
 * between tabs and select them (mirrored in right-to-left languages), Home and End go to the
 * first and last; only the selected tab is in the Tab order.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect }: TabsProps<K>) {
  const { i18n } = useTranslation();
  const id = useId();
  const refs = useRef(new Map<K, HTMLButtonElement | null>());
  const rtl = i18n.dir(i18n.resolvedLanguage) === 'rtl';
  const current = tabs.find((t) => t.key === selected) ?? tabs[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // From the focused tab (normally the selected one).
    const focused = tabs.findIndex((t) => refs.current.get(t.key) === document.activeElement);
    const index = focused >= 0 ? focused : tabs.findIndex((t) => t.key === current?.key);
    let next: number | null = null;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) next = (index + 1) % tabs.length;
    else if (event.key === back) next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const active = tab.key === current?.key;
          return (
            <button
              key={tab.key}
              ref={(el) => {
                refs.current.set(tab.key, el);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${tab.key}`}
              aria-selected={active}
              aria-controls={`${id}-panel-${tab.key}`}
              tabIndex={active ? 0 : -1}
              className="tab"
              onClick={() => onSelect(tab.key)}
            >
              {tab.label}
              {tab.badge && <span className="tab-badge"> {tab.badge}</span>}
            </button>
          );
        })}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`${id}-panel-${current.key}`}
          aria-labelledby={`${id}-tab-${current.key}`}
          tabIndex={0}
          className="tab-panel"
        >
          {current.render()}
        </div>
      )}
    </div>
  );
}
