import { useEffect, useRef } from 'react';

/**
 * A collapsed <details> opens while the page prints and closes again after, so a
 * table kept folded on screen is still on the paper.
 */
export function useOpenForPrint() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    let wasOpen = true;
    const before = () => {
      const details = ref.current;
      if (!details) return;
      wasOpen = details.open;
      details.open = true;
    };
    const after = () => {
      if (ref.current && !wasOpen) ref.current.open = false;
      wasOpen = true;
    };
    globalThis.addEventListener('beforeprint', before);
    globalThis.addEventListener('afterprint', after);
    return () => {
      globalThis.removeEventListener('beforeprint', before);
      globalThis.removeEventListener('afterprint', after);
    };
  }, []);
  return ref;
}
