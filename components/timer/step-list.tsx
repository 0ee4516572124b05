/** The steps ("temps") of the current phase, the current one marked. */
export function StepList({ steps, current }: { steps: readonly string[]; current?: number }) {
  return (
    <ol className="steps">
      {steps.map((s, i) => (
        <li key={s} aria-current={i === current ? 'step' : undefined} className={i === current ? 'current' : undefined}>{s}</li>
      ))}
    </ol>
  );
}
