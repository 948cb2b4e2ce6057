import type { ReactNode } from 'react';

interface AdminFieldProps {
  id: string;
  label: string;
  problem: string | null;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** One labelled control with its problem beside it, linked by aria-describedby. */
export function AdminField({ id, label, problem, children }: AdminFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={['field', problem && 'has-error'].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem !== null, 'aria-describedby': problem ? errorId : undefined })}
      {problem && (
        <p className="field-error" id={errorId}>
          {problem}
        </p>
      )}
    </div>
  );
}
