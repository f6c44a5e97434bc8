/** Marks figures from the bundled sample, on screen and on paper, so none passes as real. */
export function SyntheticBadge({ synthetic }: { readonly synthetic: boolean }) {
  return synthetic ? <span className="badge">synthetic sample</span> : null;
}
