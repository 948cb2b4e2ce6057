import { useCallback, useEffect, useState } from 'react';
import type { FormDefinition } from '@haven/core/forms/types';
import { isAbortError, requestPartial, type PartialError } from '../../api/client';
import type { FormDefinitionFieldsFragment, FormSubmissionFieldsFragment } from '../../gql/graphql';
import { CaseFormsDocument } from './operations';

export type FormVersion = Omit<FormDefinitionFieldsFragment, 'definition'> & { definition: FormDefinition };
export type Submission = FormSubmissionFieldsFragment & { values: Record<string, unknown> };

export type CaseFormsState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; definitions: FormVersion[]; submissions: Submission[]; errors: PartialError[] };

export const asFormVersion = (d: FormDefinitionFieldsFragment): FormVersion => ({
  ...d,
  definition: d.definition as FormDefinition,
});

/** The forms a case may use and those filled in for it (values the viewer may not read are withheld). */
export function useCaseForms(caseId: string, caseType: string) {
  const [state, setState] = useState<CaseFormsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    requestPartial(CaseFormsDocument, { id: caseId, caseType }, { signal: controller.signal }).then(
      ({ data, errors }) =>
        setState({
          status: 'ready',
          definitions: (data.formDefinitions ?? []).map(asFormVersion),
          submissions: (data.case?.formSubmissions ?? []).map((s) => ({
            ...s,
            values: (s.values ?? {}) as Record<string, unknown>,
          })),
          errors,
        }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [caseId, caseType, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
