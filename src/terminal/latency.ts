/**
 * Keystroke-to-echo latency, recorded in the page as User Timing measures that `npm run bench`
 * (bench/latency.ts) reads. Apart from TerminalView so the bench can import the names in Node.
 */

export const KEY_ECHO = 'dockyard:key-echo';
export const KEY_PAINT = 'dockyard:key-paint';

let measured = 0;

/**
 * Wraps the terminal the controller writes to: the first write after a key (its echo) gets a
 * callback that records two measures from `start` (when xterm's onData delivered the key): until
 * xterm has parsed the echo, and until the animation frame after that, when xterm's renderer has
 * painted it. xterm parses the first write after user input at once, so the first is the parse
 * cost; the second includes the wait for the frame. Keys that write nothing (typeahead held while
 * a command plays) record nothing. Cleared now and then so a long session does not pile them up.
 */
export function echoTimer<T extends { write(data: string, callback?: () => void): void }>(term: T) {
  let keyStart: number | null = null;
  const write = (data: string, callback?: () => void) => {
    const start = keyStart;
    keyStart = null;
    if (start === null) return term.write(data, callback);
    term.write(data, () => {
      callback?.();
      record(start);
    });
  };
  return {
    write,
    /** Runs `handle` for a key that arrived at `start`. */
    key(start: number, handle: () => void): void {
      keyStart = start;
      try {
        handle();
      } finally {
        keyStart = null;
      }
    },
  };
}

function record(start: number): void {
  if (++measured % 5000 === 0) {
    performance.clearMeasures(KEY_ECHO);
    performance.clearMeasures(KEY_PAINT);
  }
  performance.measure(KEY_ECHO, { start, end: performance.now() });
  requestAnimationFrame(() => performance.measure(KEY_PAINT, { start, end: performance.now() }));
}
