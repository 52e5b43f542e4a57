/**
 * The quiz view: the sets with their scores (`#/quiz`), one set question by question
 * (`#/quiz/containers`, `#/quiz/containers/random` for a shuffled order), and the results page
 * (`#/quiz/results`) with the missed questions and the lesson that teaches each.
 */
import './learn.css';
import { useMemo, useState } from 'react';
import { LESSONS } from '../../lessons/content/index';
import { QUESTIONS } from '../../quizzes/content/index';
import { setScore, shuffled } from '../../quizzes/grade';
import { SET_IDS, SET_TITLES, type SetId } from '../../quizzes/types';
import type { LearnerProgress } from '../../storage/progress';
import { usePlayground } from '../playground';
import { useRoute } from '../route';
import { lessonHash } from './lessonActions';
import { Prose } from './Prose';
import { useProgress } from './progress';
import { QuestionView } from './QuestionView';
import { useScrollTopOnRoute } from './useScrollTopOnRoute';

export default function QuizPanel() {
  const { booted } = usePlayground();
  const { progress } = useProgress(booted.store);
  const route = useRoute();
  const [first, second] = route.rest;
  const set = SET_IDS.find((s) => s === first);
  return (
    <div className="learn" ref={useScrollTopOnRoute(route.rest.join('/'))}>
      {first === 'results' ? (
        <Results progress={progress} />
      ) : set ? (
        <SetRunner key={`${set}-${second}`} set={set} random={second === 'random'} progress={progress} />
      ) : (
        <Overview progress={progress} />
      )}
    </div>
  );
}

function scoreText(set: SetId, progress: LearnerProgress): string {
  const s = setScore(set, QUESTIONS, progress.quiz);
  return `${s.correct} of ${s.total} right, ${s.answered} answered`;
}

function Overview({ progress }: { readonly progress: LearnerProgress }) {
  const [random, setRandom] = useState(false);
  return (
    <section aria-labelledby="quiz-title">
      <h2 id="quiz-title">Quiz</h2>
      <p className="learn-muted">
        Multiple choice, hands-on tasks graded on what you leave in the playground, and predictions checked
        against what the command really does.
      </p>
      <label className="learn-check">
        <input type="checkbox" checked={random} onChange={(e) => setRandom(e.target.checked)} /> Random order
      </label>
      <ul className="quiz-sets">
        {SET_IDS.map((set) => (
          <li key={set}>
            <a href={random ? `#/quiz/${set}/random` : `#/quiz/${set}`}>{SET_TITLES[set]}</a>
            <span className="learn-muted">{scoreText(set, progress)}</span>
          </li>
        ))}
      </ul>
      <a className="button" href="#/quiz/results">
        Results
      </a>
    </section>
  );
}

function SetRunner(props: {
  readonly set: SetId;
  readonly random: boolean;
  readonly progress: LearnerProgress;
}) {
  const { set, random, progress } = props;
  const order = useMemo(() => {
    const mine = QUESTIONS.filter((q) => q.set === set);
    return random ? shuffled(mine, Math.random) : mine;
  }, [set, random]);
  const [index, setIndex] = useState(0);
  const question = order[index];
  const top = useScrollTopOnRoute<HTMLElement>(String(index));
  return (
    <section className="quiz-set" aria-labelledby="set-title" ref={top}>
      <header className="lesson-head">
        <a href="#/quiz" className="learn-back">
          All sets
        </a>
        <h2 id="set-title">{SET_TITLES[set]}</h2>
        <span className="quiz-score" aria-live="polite">
          Score: {scoreText(set, progress)}
        </span>
      </header>
      {question ? (
        <QuestionView
          key={question.id}
          question={question}
          number={index + 1}
          total={order.length}
          answer={progress.quiz[question.id]}
        />
      ) : null}
      <nav className="learn-actions" aria-label="Questions">
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          Previous question
        </button>
        {index + 1 < order.length ? (
          <button type="button" className="primary" onClick={() => setIndex(index + 1)}>
            Next question
          </button>
        ) : (
          <a className="button primary" href="#/quiz/results">
            See results
          </a>
        )}
      </nav>
    </section>
  );
}

function Results({ progress }: { readonly progress: LearnerProgress }) {
  const scores = SET_IDS.map((set) => setScore(set, QUESTIONS, progress.quiz));
  const missed = scores.flatMap((s) => s.missed);
  return (
    <section aria-labelledby="results-title">
      <header className="lesson-head">
        <a href="#/quiz" className="learn-back">
          All sets
        </a>
        <h2 id="results-title">Results</h2>
      </header>
      <table className="quiz-results">
        <caption className="visually-hidden">Scores by set</caption>
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col">Right</th>
            <th scope="col">Answered</th>
            <th scope="col">Questions</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr key={s.set}>
              <th scope="row">
                <a href={`#/quiz/${s.set}`}>{SET_TITLES[s.set]}</a>
              </th>
              <td>{s.correct}</td>
              <td>{s.answered}</td>
              <td>{s.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Missed questions</h3>
      {missed.length === 0 ? (
        <p className="learn-muted">None so far.</p>
      ) : (
        <ul className="quiz-missed">
          {missed.map((q) => {
            const lesson = LESSONS.find((l) => l.id === q.lesson);
            return (
              <li key={q.id}>
                <Prose text={q.prompt} />{' '}
                {lesson ? (
                  <a href={lessonHash(lesson)}>
                    Learn it in lesson {LESSONS.indexOf(lesson) + 1}: {lesson.title}
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
