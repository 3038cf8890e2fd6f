/** A running count under a text that has a minimum length (a written justification). */
export function LengthCount({ text, min }: { text: string; min: number }) {
  const n = text.trim().length;
  return (
    <p className="field-count" aria-live="polite">
      {n} characters{n < min ? ` — at least ${min}` : ''}
    </p>
  );
}
