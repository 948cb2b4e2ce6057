import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request, type FieldProblem } from '../../api/client';
import type { AdminBulkCreateUsersMutation } from '../../gql/graphql';
import { AdminBulkCreateUsersDocument } from './operations';
import { describeProblem, explainFailure } from './problems';

type Created = AdminBulkCreateUsersMutation['bulkCreateUsers'];

/** Users from pasted CSV, all or nothing; problems are listed by line and column. */
export function BulkCreateForm({ onChanged }: { onChanged: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [csv, setCsv] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    setFailure(null);
    setCreated(null);
    setBusy(true);
    try {
      const { bulkCreateUsers } = await request(AdminBulkCreateUsersDocument, { csv });
      setCreated(bulkCreateUsers);
      setCsv('');
      await onChanged(t('admin.bulk.done', { count: bulkCreateUsers.length }));
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT') && error.fields.length) {
        setProblems(error.fields);
        input.current?.focus();
      } else setFailure(explainFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  /** ["csv", 3, "email"] → "Line 3, email: …"; ["csv"] → the problem alone. */
  const describe = (problem: FieldProblem) => {
    const [, line, column] = problem.path;
    const text = describeProblem(t, problem.message);
    if (line === undefined) return text;
    return column === undefined
      ? t('admin.bulk.lineProblem', { line: Number(line), problem: text })
      : t('admin.bulk.cellProblem', { line: Number(line), column, problem: text });
  };

  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;
  return (
    <section aria-labelledby={`${id}-title`} className="admin-section">
      <h2 id={`${id}-title`}>{t('admin.bulk.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={['field', 'field-wide', problems.length && 'has-error'].filter(Boolean).join(' ')}>
          <label htmlFor={`${id}-csv`}>{t('admin.bulk.csv')}</label>
          <p className="field-hint" id={hintId}>
            {t('admin.bulk.hint')} <code dir="ltr">email,display_name,roles,teams</code>
          </p>
          <textarea
            id={`${id}-csv`}
            ref={input}
            dir="ltr"
            rows={6}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            aria-invalid={problems.length > 0}
            aria-describedby={problems.length ? `${hintId} ${errorsId}` : hintId}
          />
          <div aria-live="assertive">
            {problems.length > 0 && (
              <div className="field-error" id={errorsId}>
                <p>{t('admin.bulk.problems')}</p>
                <ul>
                  {problems.map((p, i) => (
                    <li key={i}>{describe(p)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </div>
        <div role="alert">{failure && <p className="notice notice-error">{failure}</p>}</div>
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {t('admin.bulk.submit')}
        </button>
      </form>
      {created && (
        <table>
          <caption>{t('admin.bulk.created')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.email')}</th>
              <th scope="col">{t('admin.bulk.setupToken')}</th>
            </tr>
          </thead>
          <tbody>
            {created.map((c) => (
              <tr key={c.user.id}>
                <td>
                  <bdi>{c.user.displayName}</bdi>
                </td>
                <td>
                  <bdi>{c.user.email}</bdi>
                </td>
                <td>
                  <code dir="ltr">{c.setupToken}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
