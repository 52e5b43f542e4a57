/**
 * Multi-line input at an interactive prompt. A line with an open quote, a trailing `\` or a trailing
 * `&&`/`||`/`|` is not complete: bash shows its `> ` prompt (PS2) and reads on. The terminal asks
 * `needsMore` after each line and joins the lines with `joinContinued` until the input is whole,
 * then runs it as one line. (A non-interactive run, the sim's transcript mode, hands each line to
 * `runLine` as it is and gets bash's "unexpected EOF" error instead.)
 */
import { tokenize } from './tokenize';

/** Whether `input` stops in the middle of something, so bash would show `> ` and read on. */
export function needsMore(input: string): boolean {
  const lexed = tokenize(input);
  return !lexed.ok && 'incomplete' in lexed;
}

/**
 * `input` followed by the next line, as bash keeps it in history: a trailing backslash and its
 * newline vanish (`docker run \` + `hello-world` is `docker run hello-world`), a trailing operator
 * continues on the same line (`echo a &&` + `echo b` is `echo a && echo b`), and inside quotes the
 * newline is part of the word.
 */
export function joinContinued(input: string, next: string): string {
  const lexed = tokenize(input);
  if (!lexed.ok && 'incomplete' in lexed) {
    if (lexed.incomplete === 'backslash') return input.slice(0, -1) + next;
    if (lexed.incomplete === 'continuation') return `${input} ${next}`;
  }
  return `${input}\n${next}`;
}
