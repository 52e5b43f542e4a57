/** The shape quiz data must have, checked in a test so a typo in content fails CI. */
import { Problems } from '../lessons/schema';
import { type Choice, type Question, SET_IDS } from './types';

function choices(p: Problems, at: string, list: readonly Choice[], keys: readonly string[]): void {
  p.check(Array.isArray(list) && list.length >= 2, `${at} has fewer than two choices`);
  p.slugs(
    `${at} choices`,
    list.map((c) => c.id),
  );
  for (const c of list) p.prose(`${at} choice ${c.id}`, c.text);
  const ids = new Set(list.map((c) => c.id));
  p.check(keys.length > 0, `${at} has no right answer`);
  for (const key of keys) p.check(ids.has(key), `${at}: answer "${key}" is not one of its choices`);
}

/** Every problem with the questions, as `where: what`; `lessons` are the ids a question may cite. */
export function quizProblems(questions: readonly Question[], lessons: readonly string[]): string[] {
  const p = new Problems();
  p.slugs(
    'questions',
    questions.map((q) => q.id),
  );
  for (const q of questions) {
    const at = `question ${q.id}`;
    p.check(SET_IDS.includes(q.set), `${at}: set "${q.set}" is not a quiz set`);
    p.check(lessons.includes(q.lesson), `${at}: lesson "${q.lesson}" does not exist`);
    p.prose(`${at} prompt`, q.prompt);
    p.prose(`${at} explanation`, q.explanation);
    if (q.kind === 'choice') {
      choices(p, at, q.choices, q.answer);
    } else if (q.kind === 'task' || q.kind === 'predict') {
      p.check(Number.isInteger(q.seed) && q.seed >= 0, `${at} seed is not a whole number`);
      p.lines(`${at} setup`, q.setup, true);
      if (q.kind === 'task') {
        p.check(typeof q.goal === 'function', `${at} goal is not a function`);
        p.lines(`${at} solution`, q.solution);
        p.check(q.wrong.length > 0, `${at} has no wrong solution`);
        q.wrong.forEach((w, i) => {
          p.lines(`${at} wrong[${i}]`, w);
        });
      } else {
        p.prose(`${at} command`, q.command);
        p.check(typeof q.observe === 'function', `${at} observe is not a function`);
        choices(p, at, q.choices, [q.expected]);
      }
    } else {
      p.check(false, `${at}: kind "${(q as { kind: unknown }).kind}" is not a question kind`);
    }
  }
  return p.list;
}
