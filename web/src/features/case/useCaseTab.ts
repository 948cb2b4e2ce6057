import { useCallback, useEffect, useState } from 'react';

export const caseTabs = [
  'details',
  'forms',
  'household',
  'notes',
  'documents',
  'referrals',
  'carePlan',
  'sharing',
] as const;
export type CaseTab = (typeof caseTabs)[number];

const isCaseTab = (v: string): v is CaseTab => (caseTabs as readonly string[]).includes(v);
const fromHash = (): CaseTab => {
  const value = window.location.hash.replace(/^#/, '');
  return isCaseTab(value) ? value : 'details';
};

/** The case page's open tab, kept in the address (#forms) so a reload or a link opens the same tab. */
export function useCaseTab(): [CaseTab, (tab: CaseTab) => void] {
  const [tab, setTab] = useState<CaseTab>(fromHash);
  useEffect(() => {
    const update = () => setTab(fromHash());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const select = useCallback((next: CaseTab) => {
    setTab(next);
    const url = `${window.location.pathname}${window.location.search}${next === 'details' ? '' : `#${next}`}`;
    window.history.replaceState(window.history.state, '', url);
  }, []);
  return [tab, select];
}
