/** One quiz question of any kind: answer it, see whether it was right and why, and try again. */
import { useEffect, useRef, useState } from 'react';
import { LESSONS } from '../../lessons/content/index';
import { buildWorld, plainText } from '../../lessons/world';
import { gradeChoice, gradePrediction, gradeTask, recordAnswer } from '../../quizzes/grade';
import type { Choice, PredictQuestion, Question, TaskQuestion } from '../../quizzes/types';
import type { QuestionProgress } from '../../storage/progress';
import type { CommandRecord } from '../../terminal/controller';
import { type Playground, usePlayground } from '../playground';
import { lessonHash } from './lessonActions';
import { Prose } from './Prose';
import { updateProgress } from './progress';

const KIND_LABELS: Record<Question['kind'], string> = {
  choice: 'Multiple choice',
  task: 'Hands-on',
  predict: 'Predict the output',
};

interface Props {
  readonly question: Question;
  readonly number: number;
  readonly total: number;
  readonly answer: QuestionProgress | undefined;
}

type Verdict = { readonly correct: boolean; readonly detail?: string } | null;

export function QuestionView({ question: q, number, total, answer }: Props) {
  const playground = usePlayground();
  const [verdict, setVerdict] = useState<Verdict>(null);
  const record = (correct: boolean, detail?: string) => {
    updateProgress(playground.booted.store, (p) => ({
      ...p,
      quiz: { ...p.quiz, [q.id]: recordAnswer(p.quiz[q.id], correct, Date.now()) },
    }));
    setVerdict({ correct, ...(detail ? { detail } : {}) });
  };
  const lesson = LESSONS.find((l) => l.id === q.lesson);
  return (
    <div className="question">
      <div className="question-main">
        <p className="learn-muted">
          Question {number} of {total} · {KIND_LABELS[q.kind]}
          {q.kind === 'choice' && q.answer.length > 1 ? ' · pick every right answer' : ''}
          {answer && !verdict
            ? ` · last time ${answer.correct ? 'right' : 'wrong'} (${answer.attempts} ${answer.attempts === 1 ? 'attempt' : 'attempts'})`
            : ''}
        </p>
        <h3 className="question-prompt" id={`q-${q.id}`}>
          <Prose text={q.prompt} />
        </h3>
        {q.kind === 'choice' ? (
          <ChoiceAnswer
            key={verdict ? 'answered' : 'open'}
            question={q}
            answered={verdict !== null}
            onAnswer={record}
          />
        ) : q.kind === 'task' ? (
          <TaskAnswer question={q} playground={playground} onAnswer={record} />
        ) : (
          <PredictAnswer question={q} playground={playground} onAnswer={record} />
        )}
      </div>
      {verdict ? (
        <div className={verdict.correct ? 'verdict verdict-right' : 'verdict verdict-wrong'} role="status">
          <p>
            <strong>{verdict.correct ? 'Right.' : 'Not right.'}</strong> <Prose text={verdict.detail ?? ''} />
          </p>
          <p>
            <Prose text={q.explanation} />
          </p>
          <div className="learn-actions">
            {q.kind === 'choice' ? (
              <button type="button" onClick={() => setVerdict(null)}>
                Try again
              </button>
            ) : null}
            {lesson ? (
              <a href={lessonHash(lesson)}>Lesson {LESSONS.indexOf(lesson) + 1} teaches this</a>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}

function ChoiceAnswer(props: {
  readonly question: Question & { kind: 'choice' };
  readonly answered: boolean;
  readonly onAnswer: (correct: boolean) => void;
}) {
  const q = props.question;
  const multiple = q.answer.length > 1;
  const [picked, setPicked] = useState<readonly string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setPicked(multiple ? (on ? [...picked, id] : picked.filter((p) => p !== id)) : [id]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onAnswer(gradeChoice(q, picked));
      }}
    >
      <fieldset className="choices" aria-labelledby={`q-${q.id}`} disabled={props.answered}>
        {q.choices.map((c) => (
          <label key={c.id} className="learn-check">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={q.id}
              checked={picked.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />{' '}
            <Prose text={c.text} />
            {props.answered && q.answer.includes(c.id) ? (
              <span className="badge badge-done">right answer</span>
            ) : null}
          </label>
        ))}
      </fieldset>
      {props.answered ? null : (
        <button type="submit" className="primary" disabled={picked.length === 0}>
          Check answer
        </button>
      )}
    </form>
  );
}

/** Replaces the playground with a question's world; the active lesson stops counting commands. */
async function setUp(playground: Playground, q: TaskQuestion | PredictQuestion): Promise<void> {
  await playground.setWorld(buildWorld(q.seed, q.setup, Date.now()));
  updateProgress(playground.booted.store, (p) => (p.active === null ? p : { ...p, active: null }));
}

function SetUpButton(props: {
  readonly question: TaskQuestion | PredictQuestion;
  readonly playground: Playground;
  readonly onReady: () => void;
}) {
  const [error, setError] = useState('');
  const onClick = () => {
    setError('');
    setUp(props.playground, props.question).then(props.onReady, (e: unknown) => {
      console.error('Dockyard: the question could not be set up', e);
      setError('The playground could not be set up: saving failed. Try again.');
    });
  };
  return (
    <div>
      <p className="learn-muted">
        Setting up replaces the playground’s images and containers with this question’s.
      </p>
      <button type="button" className="primary" onClick={onClick}>
        Set up the playground
      </button>
      {error ? (
        <p className="learn-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function TaskAnswer(props: {
  readonly question: TaskQuestion;
  readonly playground: Playground;
  readonly onAnswer: (correct: boolean) => void;
}) {
  const [ready, setReady] = useState(false);
  if (!ready) return <SetUpButton {...props} onReady={() => setReady(true)} />;
  return (
    <div>
      <p>Do it in the terminal above, then check. Only the result counts, not the commands you used.</p>
      <button
        type="button"
        className="primary"
        onClick={() => props.onAnswer(gradeTask(props.question, props.playground.feed.getSnapshot().session))}
      >
        Check my work
      </button>
    </div>
  );
}

function PredictAnswer(props: {
  readonly question: PredictQuestion;
  readonly playground: Playground;
  readonly onAnswer: (correct: boolean, detail?: string) => void;
}) {
  const q = props.question;
  const { feed, terminal } = props.playground;
  const [ready, setReady] = useState(false);
  const [prediction, setPrediction] = useState<string | null>(null);
  const [phase, setPhase] = useState<'predict' | 'running' | 'done'>('predict');
  const seen = useRef<ReadonlySet<CommandRecord>>(new Set());
  const onAnswer = useRef(props.onAnswer);
  onAnswer.current = props.onAnswer;

  // Waits for the command to come through the terminal, then scores the prediction against it.
  useEffect(() => {
    if (phase !== 'running' || prediction === null) return;
    const check = () => {
      const ran = feed
        .getSnapshot()
        .commands.find((r) => !seen.current.has(r) && r.line?.trim() === q.command);
      if (!ran) return;
      seen.current = new Set([...seen.current, ran]);
      const outcome = { session: ran.after, status: ran.status, output: plainText(ran.timeline) };
      const { correct, actual } = gradePrediction(q, prediction, outcome);
      const text = (id: string) => q.choices.find((c: Choice) => c.id === id)?.text ?? id;
      // The verdict waits for the output to finish playing: the learner reads what happened first.
      void ran.settled.then(() => {
        setPhase('done');
        onAnswer.current(correct, `It turned out: ${text(actual)}. You predicted: ${text(prediction)}.`);
      });
    };
    check();
    return feed.subscribe(check);
  }, [phase, prediction, feed, q]);

  if (!ready) return <SetUpButton {...props} onReady={() => setReady(true)} />;
  const run = () => {
    seen.current = new Set(feed.getSnapshot().commands);
    setPhase('running');
    // Ctrl-U first: whatever was half typed at the prompt must not prefix the command.
    terminal.current?.input(`\x15${q.command}\r`);
  };
  return (
    <div>
      <fieldset className="choices" aria-labelledby={`q-${q.id}`} disabled={phase !== 'predict'}>
        {q.choices.map((c) => (
          <label key={c.id} className="learn-check">
            <input
              type="radio"
              name={q.id}
              checked={prediction === c.id}
              onChange={() => setPrediction(c.id)}
            />{' '}
            <Prose text={c.text} />
          </label>
        ))}
      </fieldset>
      {phase === 'predict' ? (
        <button type="button" className="primary" disabled={prediction === null} onClick={run}>
          Run <code>{q.command}</code>
        </button>
      ) : phase === 'running' ? (
        <p className="learn-muted">Running in the terminal…</p>
      ) : null}
    </div>
  );
}
