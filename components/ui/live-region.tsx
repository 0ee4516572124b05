/** Polite live region: what it holds is read by screen readers when it changes (phase changes). */
export function LiveRegion({ message }: { message: string }) {
  return <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{message}</div>;
}
