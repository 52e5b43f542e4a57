/** One lesson: its steps, the current one's text and task, hint, solution, reset, and the finish. */
import { useEffect, useState } from 'react';
import { isAvailable, isFinished, par } from '../../lessons/check';
import { missingCommands } from '../../lessons/commands';
import { LESSONS } from '../../lessons/content/index';
import type { Lesson, Step } from '../../lessons/types';
import type { LearnerProgress, LessonProgress } from '../../storage/progress';
import { usePlayground } from '../playground';
import { lessonHash, replaceHash, startLesson } from './lessonActions';
import { Prose } from './Prose';

interface Props {
  readonly lesson: Lesson;
  readonly number: number;
  /** The step the address asks for (0-based), if any. */
  readonly routeStep: number | undefined;
  readonly progress: LearnerProgress;
}

export function LessonView({ lesson, number, routeStep, progress }: Props) {
  const playground = usePlayground();
  const active = progress.active === lesson.id;
  const mine = progress.lessons[lesson.id];
  const current = active && mine ? mine.step : 0;
  const finished = active && mine !== undefined && isFinished(lesson, mine);
  const shown = routeStep ?? current;
  const [error, setError] = useState('');

  // The step just completed was on screen: move on to the next one with it.
  useEffect(() => {
    if (active && !finished && routeStep !== undefined && routeStep === current - 1) {
      replaceHash(lessonHash(lesson, current));
    }
  }, [active, finished, routeStep, current, lesson]);

  const start = (step: number) => {
    setError('');
    startLesson(playground, lesson, step).catch((e: unknown) => {
      console.error('Dockyard: the lesson could not be set up', e);
      setError('The playground could not be set up for this lesson: saving failed. Try again.');
    });
  };

  const done = active ? Math.min(current, lesson.steps.length) : 0;
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson-head">
        <a href="#/lessons" className="learn-back">
          All lessons
        </a>
        <h2 id="lesson-title">
          Lesson {number}: {lesson.title}
        </h2>
        {isAvailable(lesson) ? (
          <div
            className="lesson-progress"
            role="progressbar"
            aria-label="Lesson progress"
            aria-valuemin={0}
            aria-valuemax={lesson.steps.length}
            aria-valuenow={done}
            aria-valuetext={`${done} of ${lesson.steps.length} steps done`}
          >
            <div
              className="lesson-progress-fill"
              style={{ width: `${(100 * done) / lesson.steps.length}%` }}
            />
          </div>
        ) : null}
        {isAvailable(lesson) ? (
          <span className="learn-muted lesson-count">
            {done} of {lesson.steps.length} steps done
          </span>
        ) : null}
      </header>
      {error ? (
        <p className="learn-error" role="alert">
          {error}
        </p>
      ) : null}
      {!isAvailable(lesson) ? (
        <ComingSoon lesson={lesson} />
      ) : finished && mine ? (
        <Finished lesson={lesson} number={number} mine={mine} onAgain={() => start(0)} />
      ) : !active ? (
        <Intro lesson={lesson} step={routeStep ?? resumeAt(lesson, mine)} mine={mine} onStart={start} />
      ) : shown < current ? (
        <Body step={lesson.steps[shown] as Step} index={shown} lesson={lesson}>
          <p className="step-done">Step {shown + 1} is done.</p>
          <a className="button" href={lessonHash(lesson, current)}>
            Go to step {current + 1}
          </a>
        </Body>
      ) : shown > current ? (
        <Body step={lesson.steps[shown] as Step} index={shown} lesson={lesson}>
          <p>
            You are on step {current + 1}. Skipping ahead sets up the playground as the earlier steps leave
            it.
          </p>
          <button type="button" onClick={() => start(shown)}>
            Skip to step {shown + 1}
          </button>
        </Body>
      ) : (
        <Body step={lesson.steps[current] as Step} index={current} lesson={lesson}>
          <StepHelp
            key={`${lesson.id}-${current}`}
            step={lesson.steps[current] as Step}
            onReset={() => start(0)}
          />
        </Body>
      )}
    </article>
  );
}

/** Where a lesson left unfinished (another lesson was started meanwhile) picks up again. */
function resumeAt(lesson: Lesson, mine: LessonProgress | undefined): number {
  return mine && mine.step > 0 && !isFinished(lesson, mine) ? mine.step : 0;
}

function Body(props: {
  readonly lesson: Lesson;
  readonly step: Step;
  readonly index: number;
  readonly children: React.ReactNode;
}) {
  return (
    <div className="lesson-body">
      <div className="step-text">
        <h3>
          Step {props.index + 1} of {props.lesson.steps.length}
        </h3>
        {props.step.text.map((t) => (
          <p key={t}>
            <Prose text={t} />
          </p>
        ))}
      </div>
      <div className="step-side">
        <p className="step-task">
          <strong>Your task: </strong>
          <Prose text={props.step.task} />
        </p>
        {props.children}
      </div>
    </div>
  );
}

function StepHelp({ step, onReset }: { readonly step: Step; readonly onReset: () => void }) {
  const [hint, setHint] = useState(false);
  const [solution, setSolution] = useState<'hidden' | 'asking' | 'shown'>('hidden');
  return (
    <div className="step-help">
      <div className="learn-actions">
        <button type="button" aria-expanded={hint} onClick={() => setHint(!hint)}>
          {hint ? 'Hide hint' : 'Hint'}
        </button>
        <button type="button" disabled={solution !== 'hidden'} onClick={() => setSolution('asking')}>
          Show solution
        </button>
        <button type="button" onClick={onReset}>
          Reset lesson
        </button>
      </div>
      {hint ? (
        <p className="step-hint">
          <Prose text={step.hint} />
        </p>
      ) : null}
      {solution === 'asking' ? (
        <fieldset className="learn-confirm">
          <legend>Show the solution? Trying the hint first teaches more.</legend>
          {/* biome-ignore lint/a11y/noAutofocus: the question just opened; its answer is the next thing to do */}
          <button type="button" autoFocus onClick={() => setSolution('shown')}>
            Show it
          </button>
          <button type="button" onClick={() => setSolution('hidden')}>
            Not yet
          </button>
        </fieldset>
      ) : null}
      {solution === 'shown' ? <pre className="step-solution">{step.solution.join('\n')}</pre> : null}
    </div>
  );
}

function Intro(props: {
  readonly lesson: Lesson;
  readonly step: number;
  readonly mine: LessonProgress | undefined;
  readonly onStart: (step: number) => void;
}) {
  const { lesson, step, mine } = props;
  return (
    <div className="lesson-body">
      <div className="step-text">
        <p>{lesson.summary}</p>
        <ol className="step-list">
          {lesson.steps.map((s) => (
            <li key={s.task}>
              <Prose text={s.task} />
            </li>
          ))}
        </ol>
      </div>
      <div className="step-side">
        {mine?.done ? (
          <p className="step-done">
            Done: best {mine.done.best} commands (par {par(lesson)}).
          </p>
        ) : null}
        <p className="learn-muted">
          Starting replaces the playground’s images and containers with the lesson’s.
        </p>
        <div className="learn-actions">
          <button type="button" className="primary" onClick={() => props.onStart(step)}>
            {step > 0 ? `Start at step ${step + 1}` : mine?.done ? 'Take it again' : 'Start lesson'}
          </button>
          {step > 0 ? (
            <button type="button" onClick={() => props.onStart(0)}>
              Start from the beginning
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function Finished(props: {
  readonly lesson: Lesson;
  readonly number: number;
  readonly mine: LessonProgress;
  readonly onAgain: () => void;
}) {
  const next = LESSONS[props.number];
  const used = props.mine.done?.commands ?? props.mine.commands;
  return (
    <div className="lesson-finished">
      <p className="step-done">Lesson complete.</p>
      <p>
        You used {used} {used === 1 ? 'command' : 'commands'}; the reference solution uses {par(props.lesson)}
        .{props.mine.done && props.mine.done.best < used ? ` Your best is ${props.mine.done.best}.` : ''}
      </p>
      <div className="learn-actions">
        {next ? (
          <a className="button primary" href={lessonHash(next)}>
            Next: {next.title}
          </a>
        ) : null}
        <button type="button" onClick={props.onAgain}>
          Take it again
        </button>
        <a className="button" href="#/lessons">
          All lessons
        </a>
      </div>
    </div>
  );
}

function ComingSoon({ lesson }: { readonly lesson: Lesson }) {
  const missing = missingCommands(lesson.needs);
  return (
    <div className="lesson-body">
      <div className="step-text">
        <p>{lesson.summary}</p>
        <p>
          Coming soon: this lesson needs {missing.map((c) => `docker ${c}`).join(', ')}, which Dockyard does
          not have yet. It opens by itself once it does.
        </p>
      </div>
    </div>
  );
}
