/**
 * Choosing the demo: a built-in one, a .txt file, or one typed here (one command a line, `#`
 * lines are the notes of the command after them, `# Title:` names it). Nothing changes until
 * "Use this demo", and a demo that fails its checks says why.
 */
import { type ChangeEvent, type RefObject, useRef, useState } from 'react';
import type { Lesson } from '../../lessons/types';
import { BUILT_IN_DEMOS, DEMO_LIMITS, demoFromLesson, formatDemoText, parseDemoText } from '../../share/demo';
import { usePlayground } from '../playground';
import { Dialog, LinkField } from './Dialog';
import { pageShareLink } from './pageLink';
import { usePresent } from './presentStore';

export function DemoEditor({ dialog }: { dialog: RefObject<HTMLDialogElement | null> }) {
  const demo = usePresent((s) => s.demo);
  const [text, setText] = useState(() => formatDemoText(demo));
  const [problem, setProblem] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const playground = usePlayground();
  const file = useRef<HTMLInputElement>(null);
  const [lessons, setLessons] = useState<readonly Lesson[] | null>(null);

  const onOpen = () => {
    setText(formatDemoText(usePresent.getState().demo));
    setProblem(null);
    setLink('');
    // The lessons' content is its own chunk: fetched when the presenter first opens this dialog.
    if (!lessons) void import('../../lessons/content').then((m) => setLessons(m.LESSONS));
  };

  const fromLesson = (event: ChangeEvent<HTMLSelectElement>) => {
    const lesson = lessons?.find((l) => l.id === event.target.value);
    event.target.value = '';
    if (lesson) setText(formatDemoText(demoFromLesson(lesson)));
  };

  /** A link to this playground with the demo in the editor, for the class to follow along. */
  const share = async () => {
    const parsed = parseDemoText(text, 'My demo');
    if (!parsed.ok) return setProblem(parsed.message);
    const result = await pageShareLink(playground, parsed.demo);
    setProblem(result.ok ? null : result.message);
    setLink(result.ok ? result.url : '');
  };

  const use = () => {
    const parsed = parseDemoText(text, 'My demo');
    if (!parsed.ok) return setProblem(parsed.message);
    usePresent.getState().loadDemo(parsed.demo);
    dialog.current?.close();
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    if (chosen.size > DEMO_LIMITS.fileBytes) return setProblem('That file is larger than 64 KB: not a demo.');
    const read = await chosen.text();
    const parsed = parseDemoText(read, chosen.name.replace(/\.txt$/i, ''));
    setText(read);
    setProblem(parsed.ok ? null : parsed.message);
  };

  return (
    <Dialog dialog={dialog} id="demo-editor" title="Demo" className="demo-editor" onOpen={onOpen}>
      <div className="demo-builtins">
        {BUILT_IN_DEMOS.map((d) => (
          <button key={d.title} type="button" onClick={() => setText(formatDemoText(d))}>
            {d.title}
          </button>
        ))}
        <button type="button" onClick={() => file.current?.click()}>
          Load .txt file…
        </button>
        <select aria-label="A lesson's steps as the demo" value="" onChange={fromLesson} disabled={!lessons}>
          <option value="">From a lesson…</option>
          {lessons?.map((l, i) => (
            <option key={l.id} value={l.id}>
              {`${i + 1}. ${l.title}`}
            </option>
          ))}
        </select>
      </div>
      <label className="demo-text-label" htmlFor="demo-text">
        One command a line; a <code>#</code> line is a note for the command after it.
      </label>
      <textarea
        id="demo-text"
        rows={12}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {problem ? (
        <p className="demo-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <input
        ref={file}
        type="file"
        accept=".txt,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Demo file to load"
        onChange={(e) => void onFile(e)}
      />
      {link ? <LinkField label="Link to this playground and demo" url={link} /> : null}
      <div className="confirm-actions">
        <button type="button" onClick={() => void share()}>
          Link with this demo
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button type="button" onClick={use}>
          Use this demo
        </button>
      </div>
    </Dialog>
  );
}
