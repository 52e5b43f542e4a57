/**
 * The shape lesson data must have, checked in a test so a typo in content fails CI: a misspelt
 * command, an empty hint, an unbalanced backtick, a duplicate id.
 */
import { KNOWN_COMMANDS } from './commands';
import type { Lesson } from './types';

/**
 * Commands a lesson may need before the client has them: the lesson is "coming soon" until then.
 * Anything else must be a command the client knows, so `histroy` is caught.
 */
export const UPCOMING_COMMANDS: readonly string[] = ['push', 'build'];

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Problems with one piece of prose: empty, or a code span left open. */
export function proseProblem(text: unknown): string | null {
  if (typeof text !== 'string' || text.trim() === '') return 'is empty';
  if ((text.match(/`/g) ?? []).length % 2 !== 0) return 'has an unbalanced backtick';
  return null;
}

/** Where each check failed, as `where: what`; empty when the data is sound. */
export class Problems {
  readonly list: string[] = [];
  prose(where: string, text: unknown): void {
    const p = proseProblem(text);
    if (p) this.list.push(`${where} ${p}`);
  }
  lines(where: string, lines: unknown, allowEmpty = false): void {
    if (!Array.isArray(lines) || (!allowEmpty && lines.length === 0)) {
      this.list.push(`${where} has no lines`);
      return;
    }
    lines.forEach((line, i) => {
      if (typeof line !== 'string' || line.trim() === '') this.list.push(`${where}[${i}] is empty`);
    });
  }
  check(ok: boolean, what: string): void {
    if (!ok) this.list.push(what);
  }
  commands(where: string, paths: unknown): void {
    if (!Array.isArray(paths)) {
      this.list.push(`${where} is not a list`);
      return;
    }
    for (const path of paths) {
      if (!KNOWN_COMMANDS.has(path) && !UPCOMING_COMMANDS.includes(path)) {
        this.list.push(`${where}: "${String(path)}" is not a docker command`);
      }
    }
  }
  slugs(where: string, ids: readonly unknown[]): void {
    const seen = new Set<unknown>();
    for (const id of ids) {
      if (typeof id !== 'string' || !SLUG.test(id))
        this.list.push(`${where}: id ${JSON.stringify(id)} is not a slug`);
      if (seen.has(id)) this.list.push(`${where}: id ${JSON.stringify(id)} is used twice`);
      seen.add(id);
    }
  }
}

export function lessonProblems(lessons: readonly Lesson[]): string[] {
  const p = new Problems();
  p.slugs(
    'lessons',
    lessons.map((l) => l.id),
  );
  for (const lesson of lessons) {
    const at = `lesson ${lesson.id}`;
    p.prose(`${at} title`, lesson.title);
    p.prose(`${at} summary`, lesson.summary);
    p.check(Number.isInteger(lesson.seed) && lesson.seed >= 0, `${at} seed is not a whole number`);
    p.lines(`${at} setup`, lesson.setup, true);
    p.commands(`${at} needs`, lesson.needs);
    if (lesson.allowed !== undefined) p.commands(`${at} allowed`, lesson.allowed);
    p.check(Array.isArray(lesson.steps) && lesson.steps.length > 0, `${at} has no steps`);
    lesson.steps.forEach((step, i) => {
      const s = `${at} step ${i + 1}`;
      p.check(Array.isArray(step.text) && step.text.length > 0, `${s} has no text`);
      step.text.forEach((t, j) => {
        p.prose(`${s} text[${j}]`, t);
      });
      p.prose(`${s} task`, step.task);
      p.prose(`${s} hint`, step.hint);
      p.check(typeof step.goal === 'function', `${s} goal is not a function`);
      p.lines(`${s} solution`, step.solution);
    });
  }
  return p.list;
}
