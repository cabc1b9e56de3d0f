import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  problem?: string;
  children: ComponentChildren;
}

/** A visible label, the control, then a hint or the problem (ids for aria-describedby). */
export function Field({ id, label, hint, problem, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {problem ? (
        <p id={`${id}-problem`} class="field-error">
          {problem}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} class="hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** The aria-describedby value for a Field's control. */
export function describedBy(id: string, hint: string | undefined, problem: string | undefined) {
  if (problem) return `${id}-problem`;
  return hint ? `${id}-hint` : undefined;
}
