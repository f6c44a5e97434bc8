/**
 * The app's one logger: errors are logged once, where they are handled. Tests can
 * silence it.
 */
type Sink = (message: string, ...details: unknown[]) => void;

let sink: Sink = (message, ...details) => console.error(message, ...details);

/** Logs handled errors. */
export const logger = {
  error: (message: string, ...details: unknown[]) => sink(message, ...details),
  /** Replaces where errors go; returns a function that restores the previous sink. */
  redirect(next: Sink): () => void {
    const previous = sink;
    sink = next;
    return () => {
      sink = previous;
    };
  },
};
