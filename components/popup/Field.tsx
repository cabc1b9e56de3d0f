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
        <p id={problemId(id)} class="field-error">
          {problem}
        </p>
      ) : (
        hint && (
          <p id={hintId(id)} class="hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** The id of the problem line under the control `id`. */
export const problemId = (id: string) => `${id}-problem`;
/** The id of the hint line under the control `id`. */
export const hintId = (id: string) => `${id}-hint`;

/** The aria-describedby value for a Field's control. */
export function describedBy(id: string, hint: string | undefined, problem: string | undefined) {
  if (problem) return problemId(id);
  return hint ? hintId(id) : undefined;
}
