import type { ReactNode } from 'react';

interface Props {
  /** True when the figure must not be shared. */
  readonly hidden: boolean;
  /** The workspace asks for suppression on screen too, not only in print. */
  readonly onScreen: boolean;
  readonly children: ReactNode;
  /** Shown instead of the word "suppressed", e.g. a sentence in place of a paragraph. */
  readonly word?: string;
}

/**
 * A figure that is hidden when shared. Printing always shows "suppressed" in its place
 * (print CSS swaps the two spans); the screen does too when the workspace asks.
 */
export function Suppressible({ hidden, onScreen, children, word = 'suppressed' }: Props) {
  if (!hidden) return <>{children}</>;
  const replacement = (
    <span className="suppressed" data-suppressed="true" title="Small count suppressed">
      {word}
    </span>
  );
  if (onScreen) return replacement;
  return (
    <>
      <span className="screen-only">{children}</span>
      <span className="print-only">{replacement}</span>
    </>
  );
}
