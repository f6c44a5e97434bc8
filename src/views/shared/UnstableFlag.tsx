/** Marks a rate or share that rests on 20 or fewer events. */
export function UnstableFlag() {
  return (
    <span className="unstable" title="Rates from 20 or fewer events are unstable">
      {' '}
      unstable
    </span>
  );
}
