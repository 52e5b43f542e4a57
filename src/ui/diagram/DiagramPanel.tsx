/**
 * The animated architecture diagram: the world of the chosen command at the chosen step, with
 * its caption (also announced), step controls and a scrubber over the session's commands.
 * `variant="present"`: large and high-contrast for a projector, caption only.
 */
import { useMemo } from 'react';
import { apiRows, rowOfStep } from '../../diagram/api-log';
import type { ExplainSpan } from '../../diagram/explain-match';
import { type Frame, frameAt, settledFrame } from '../../diagram/frame';
import { stepsOf } from '../../diagram/steps';
import { useFeed, usePlayground } from '../playground';
import { navigate } from '../route';
import { useUi } from '../uiStore';
import { DiagramSvg } from './DiagramSvg';
import { ExplainMode, ExplanationCard } from './ExplainPanel';
import { useExplainLinks } from './explainLinks';
import { useDiagramUi } from './store';
import { type Player, usePlayer } from './usePlayer';
import './diagram.css';

export interface DiagramPanelProps {
  readonly variant?: 'pane' | 'present';
}

const EMPTY_CAPTION = 'Run a docker command, such as docker run hello-world, to see what each part does.';

/** The actor ids an explained piece of output is about, in this frame. */
function subjectActors(frame: Frame, subject: ExplainSpan['subject'] | undefined): string[] {
  if (!subject) return [];
  const ref = subject.ref;
  switch (subject.kind) {
    case 'layer':
      return [`layer:${ref}`];
    case 'registry':
      return [`registry:${ref}`];
    case 'client':
      return ['client'];
    case 'image': {
      const tagged = ref.includes(':') ? ref : `${ref}:latest`;
      const short = ref.replace(/^docker\.io\/(library\/)?/, '');
      return frame.images
        .filter(
          (i) =>
            i.tags.includes(tagged) ||
            i.tags.includes(short) ||
            (/^[0-9a-f]{4,}$/.test(ref) && i.short.startsWith(ref)),
        )
        .map((i) => `image:${i.id}`);
    }
    case 'container':
      return frame.containers
        .filter((c) => c.name === ref || c.id.startsWith(ref))
        .map((c) => `container:${c.id}`);
  }
}

export default function DiagramPanel({ variant = 'pane' }: DiagramPanelProps) {
  const { feed } = usePlayground();
  const { commands, session } = useFeed();
  const speed = useUi((s) => s.speed);
  const player = usePlayer(commands, feed.bus, speed);
  const explained = useDiagramUi((s) => s.explained);
  const selection = useDiagramUi((s) => s.selection);
  const select = useDiagramUi((s) => s.select);
  useExplainLinks();

  const record = player.record;
  const frame = useMemo(
    () =>
      record
        ? frameAt(
            { before: record.before.daemon, after: record.after.daemon, steps: stepsOf(record.timeline) },
            player.step,
          )
        : settledFrame(session.daemon),
    [record, player.step, session],
  );
  const rows = useMemo(
    () => (record ? apiRows(stepsOf(record.timeline), record.after.daemon) : []),
    [record],
  );
  const row = rows[rowOfStep(rows, frame.index)];
  const onRequest = row?.step === frame.index || row?.responseStep === frame.index;
  const selected = Boolean(
    record && selection?.record === record && row && selection.step === row.step && onRequest,
  );
  const highlight = useMemo(
    () => new Set([...frame.focus, ...subjectActors(frame, explained?.subject)]),
    [frame, explained],
  );
  const caption = record
    ? frame.caption || 'This command did not ask the daemon for anything.'
    : EMPTY_CAPTION;
  const onArrow = () => {
    if (!record || !row) return;
    select({ record, step: row.step });
    if (variant === 'pane') navigate({ pane: 'api', rest: [] });
  };

  return (
    <div className={`diagram-panel diagram-${variant}`}>
      <div className="diagram-figure">
        <DiagramSvg
          frame={frame}
          highlight={highlight}
          selected={selected}
          onArrow={onArrow}
          travelMs={speed === 'realistic' ? 300 : speed === 'fast' ? 80 : 0}
        />
        <p className="diagram-caption" aria-live="polite">
          {caption}
        </p>
      </div>
      {variant === 'pane' ? (
        <div className="diagram-side">
          <Controls player={player} />
          <ExplanationCard />
          <ExplainMode />
        </div>
      ) : (
        <ExplanationCard />
      )}
    </div>
  );
}

function Controls({ player }: { player: Player }) {
  const { commands } = useFeed();
  const { record, step, total, index } = player;
  if (!record) return <p className="muted">No commands yet.</p>;
  const line = record.line ?? '^C';
  return (
    <div className="diagram-controls">
      <p className="diagram-command">
        <code>$ {line}</code>
        {player.pinned ? <span className="badge">earlier command</span> : null}
      </p>
      <div className="diagram-buttons">
        <button
          type="button"
          className="diagram-button"
          onClick={player.back}
          disabled={total === 0 || step <= 0}
        >
          ◀ Back
        </button>
        <button type="button" className="diagram-button" onClick={player.toggle} disabled={total === 0}>
          {player.playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button
          type="button"
          className="diagram-button"
          onClick={player.forward}
          disabled={total === 0 || step >= total - 1}
        >
          Next ▶
        </button>
        <button type="button" className="diagram-button" onClick={player.replay} disabled={total === 0}>
          ↺ Replay
        </button>
      </div>
      <p className="muted diagram-step">{total > 0 ? `Step ${step + 1} of ${total}` : 'No daemon steps'}</p>
      {commands.length > 1 ? (
        <label className="diagram-scrubber">
          <span>
            World after command {index + 1} of {commands.length}
          </span>
          <input
            type="range"
            min={0}
            max={commands.length - 1}
            value={index}
            aria-valuetext={`After command ${index + 1} of ${commands.length}: ${line}`}
            onChange={(e) => player.scrub(Number(e.target.value))}
          />
        </label>
      ) : null}
    </div>
  );
}
