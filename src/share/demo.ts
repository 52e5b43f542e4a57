/**
 * Scripted demos: a list of commands, each with an optional note for the presenter (shown as the
 * caption while that step is on screen). A demo comes from a built-in list, a lesson (through
 * `demoFromSteps`), a .txt file, or the small editor, whose text format is the file's:
 *
 *     # Title: Hello, world
 *     # A note for the next command; several comment lines join into one note.
 *     docker run hello-world
 *     docker ps -a
 *
 * Blank lines are ignored. A demo is untrusted when it comes from a file or a link, so it is
 * checked like an import: bounded sizes, no control characters.
 */

export interface DemoStep {
  readonly command: string;
  readonly note?: string;
}

export interface DemoScript {
  readonly title: string;
  readonly steps: readonly DemoStep[];
}

export const DEMO_LIMITS = { steps: 100, command: 500, note: 500, title: 100, fileBytes: 64 * 1024 } as const;

/** C0 controls and DEL: an escape sequence in a command would be typed into the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A demo from a lesson's steps (the lessons' data fits: each step's solution is its commands). */
export function demoFromSteps(
  title: string,
  steps: readonly { readonly solution: readonly string[]; readonly text?: string | readonly string[] }[],
): DemoScript {
  const out: DemoStep[] = [];
  for (const step of steps) {
    step.solution.forEach((command, i) => {
      // The step's text introduces its first command only.
      const text = typeof step.text === 'string' ? step.text : step.text?.join(' ');
      const note = i === 0 && text ? firstSentence(text) : undefined;
      out.push(note ? { command, note } : { command });
    });
  }
  return { title, steps: out };
}

/**
 * A lesson as a demo: its setup lines first (so the class sees the lesson's start world being
 * made, rather than having it appear), then each step's reference solution with the step's
 * first sentence as the note.
 */
export function demoFromLesson(lesson: {
  readonly title: string;
  readonly setup: readonly string[];
  readonly steps: readonly {
    readonly solution: readonly string[];
    readonly text?: string | readonly string[];
  }[];
}): DemoScript {
  const setup = lesson.setup.map((command, i) =>
    i === 0 ? { command, note: "Setting up the lesson's start." } : { command },
  );
  const steps = demoFromSteps(lesson.title, lesson.steps).steps;
  return { title: lesson.title, steps: [...setup, ...steps] };
}

function firstSentence(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const end = plain.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? plain : plain.slice(0, end + 1);
  return sentence.length > DEMO_LIMITS.note ? `${sentence.slice(0, DEMO_LIMITS.note - 1)}…` : sentence;
}

export type DemoResult =
  | { readonly ok: true; readonly demo: DemoScript }
  | { readonly ok: false; readonly message: string };

/** Reads the text format above. `fallbackTitle` names a demo without a `# Title:` line. */
export function parseDemoText(text: string, fallbackTitle: string): DemoResult {
  if (text.length > DEMO_LIMITS.fileBytes) return { ok: false, message: 'The demo is longer than 64 KB.' };
  let title = fallbackTitle;
  const steps: DemoStep[] = [];
  let notes: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const titled = /^#\s*title:\s*(.*)$/i.exec(line);
    if (titled) {
      title = titled[1]?.trim() || fallbackTitle;
      continue;
    }
    if (line.startsWith('#')) {
      notes.push(line.replace(/^#+\s?/, ''));
      continue;
    }
    const note = notes.join(' ').trim();
    steps.push(note ? { command: line, note } : { command: line });
    notes = [];
  }
  return checkDemo({ title, steps });
}

/** The text format of `demo`, which parseDemoText reads back as the same demo. */
export function formatDemoText(demo: DemoScript): string {
  let text = `# Title: ${demo.title}\n`;
  for (const step of demo.steps) {
    if (step.note) text += `# ${step.note}\n`;
    text += `${step.command}\n`;
  }
  return text;
}

/** Checks a demo of unknown origin (a parsed file, a decoded link). */
export function checkDemo(value: unknown): DemoResult {
  const refuse = (why: string): DemoResult => ({ ok: false, message: `The demo was not loaded: ${why}.` });
  if (!isRecord(value)) return refuse('it is not a demo');
  const extra = Object.keys(value).find((k) => k !== 'title' && k !== 'steps');
  if (extra !== undefined) return refuse(`it has an unknown key "${extra}"`);
  const { title, steps } = value;
  if (!isText(title, DEMO_LIMITS.title))
    return refuse('its title is missing, too long or has control characters');
  if (!Array.isArray(steps)) return refuse('it has no list of steps');
  if (steps.length === 0) return refuse('it has no commands');
  if (steps.length > DEMO_LIMITS.steps) return refuse(`it has more than ${DEMO_LIMITS.steps} commands`);
  const clean: DemoStep[] = [];
  for (const [i, step] of steps.entries()) {
    if (!isRecord(step)) return refuse(`step ${i + 1} is not a command`);
    const extraKey = Object.keys(step).find((k) => k !== 'command' && k !== 'note');
    if (extraKey !== undefined) return refuse(`step ${i + 1} has an unknown key "${extraKey}"`);
    if (!isText(step.command, DEMO_LIMITS.command) || step.command.trim() === '') {
      return refuse(
        `step ${i + 1}'s command is empty, longer than ${DEMO_LIMITS.command} characters or has control characters`,
      );
    }
    if (step.note !== undefined && !isText(step.note, DEMO_LIMITS.note)) {
      return refuse(`step ${i + 1}'s note is too long or has control characters`);
    }
    clean.push(step.note ? { command: step.command, note: step.note } : { command: step.command });
  }
  return { ok: true, demo: { title, steps: clean } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
  );
}

function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max && !CONTROL.test(v);
}

/** The classic walkthrough (../shared/seed/hello-world-walkthrough.txt), as a presenter gives it. */
const HELLO_WORLD: DemoScript = {
  title: 'Hello, world: image, registry, container',
  steps: [
    { command: 'docker images', note: 'A new Docker machine has no images yet.' },
    {
      command: 'docker run hello-world',
      note: 'Not found locally: the daemon pulls hello-world from Docker Hub, creates a container and runs it.',
    },
    { command: 'docker images', note: 'The pulled image is now on the machine.' },
    { command: 'docker ps -a', note: 'The container ran, printed its message and exited.' },
  ],
};

const LIFECYCLE: DemoScript = {
  title: 'A container’s life: run, stop, start, remove',
  steps: [
    { command: 'docker run -d --name web nginx', note: 'Run a web server in the background.' },
    { command: 'docker ps', note: 'It is running.' },
    { command: 'docker stop web', note: 'Stop it: the container stays, exited.' },
    { command: 'docker ps -a' },
    { command: 'docker start web', note: 'Start the same container again.' },
    { command: 'docker rm -f web', note: 'Remove it for good.' },
    { command: 'docker ps -a' },
  ],
};

export const BUILT_IN_DEMOS: readonly DemoScript[] = [HELLO_WORLD, LIFECYCLE];
