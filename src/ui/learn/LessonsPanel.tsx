/**
 * The lessons view: the list of lessons with each one's state, or one lesson (`#/lessons/3/2`
 * opens lesson 3 at step 2). Commands typed in the terminal are judged here for the active lesson.
 */
import './learn.css';
import { useCallback, useState } from 'react';
import { isAvailable, isFinished, par } from '../../lessons/check';
import { missingCommands } from '../../lessons/commands';
import { LESSONS } from '../../lessons/content/index';
import type { Lesson } from '../../lessons/types';
import type { LearnerProgress } from '../../storage/progress';
import { usePlayground } from '../playground';
import { useRoute } from '../route';
import { LessonView } from './LessonView';
import { lessonHash } from './lessonActions';
import { useProgress } from './progress';
import { type CheckEvent, useLessonChecks } from './useLessonChecks';
import { useScrollTopOnRoute } from './useScrollTopOnRoute';

export default function LessonsPanel() {
  const playground = usePlayground();
  const { progress, loaded } = useProgress(playground.booted.store);
  const route = useRoute();
  const [message, setMessage] = useState('');
  const onEvent = useCallback((event: CheckEvent) => {
    if (event.kind === 'refused') {
      const allowed = (event.lesson.allowed ?? []).map((c) => `docker ${c}`).join(', ');
      setMessage(`docker ${event.command} does not count in this lesson; it practises ${allowed}.`);
    } else {
      const last = event.step + 1 === event.lesson.steps.length;
      setMessage(last ? 'Lesson complete.' : `Step ${event.step + 1} done.`);
    }
  }, []);
  useLessonChecks(playground.booted.store, playground.feed, loaded, onEvent);

  const n = Number(route.rest[0]);
  const lesson = Number.isInteger(n) ? LESSONS[n - 1] : undefined;
  const asked = Number(route.rest[1]);
  const step =
    lesson && Number.isInteger(asked) && asked >= 1 ? Math.min(asked, lesson.steps.length) - 1 : undefined;
  return (
    <div className="learn" ref={useScrollTopOnRoute(route.rest.join('/'))}>
      {lesson ? (
        <LessonView key={lesson.id} lesson={lesson} number={n} routeStep={step} progress={progress} />
      ) : (
        <LessonList progress={progress} />
      )}
      <p className="learn-status" role="status">
        {message}
      </p>
    </div>
  );
}

function lessonState(lesson: Lesson, progress: LearnerProgress): string {
  const missing = missingCommands(lesson.needs);
  if (missing.length > 0) return `Coming soon: needs ${missing.map((c) => `docker ${c}`).join(', ')}`;
  const p = progress.lessons[lesson.id];
  const parts: string[] = [];
  if (p?.done) parts.push(`Done in ${p.done.best} commands (par ${par(lesson)})`);
  if (progress.active === lesson.id && p && !isFinished(lesson, p)) {
    parts.push(`In progress: step ${p.step + 1} of ${lesson.steps.length}`);
  }
  return parts.length > 0 ? parts.join(' · ') : `${lesson.steps.length} steps`;
}

function LessonList({ progress }: { readonly progress: LearnerProgress }) {
  return (
    <section className="learn-list" aria-labelledby="lessons-title">
      <h2 id="lessons-title">Lessons</h2>
      <p className="learn-muted">
        Each lesson sets up the playground and checks what your commands leave behind, whatever you type.
      </p>
      <ol className="lesson-list">
        {LESSONS.map((lesson) => {
          const done = progress.lessons[lesson.id]?.done !== undefined;
          const soon = !isAvailable(lesson);
          return (
            <li key={lesson.id} className={soon ? 'lesson-item lesson-soon' : 'lesson-item'}>
              <a href={lessonHash(lesson)}>
                <span className="lesson-title">{lesson.title}</span>
                {done ? <span className="badge badge-done">Done</span> : null}
                {soon ? <span className="badge">Coming soon</span> : null}
              </a>
              <span className="learn-muted">
                {lesson.summary} {lessonState(lesson, progress)}.
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
