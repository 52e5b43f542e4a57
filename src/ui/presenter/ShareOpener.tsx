/**
 * Opening a share link (`?share=…`): the link is checked first (src/share/link.ts), and a bad one
 * only says why. A good one replaces the world at once when the learner's own playground is empty;
 * otherwise a dialog asks first, and offers to export the learner's playground or to keep it.
 * Either way the `share` parameter then leaves the address, so a reload does not ask again.
 */
import { useEffect, useRef, useState } from 'react';
import { decodeScenario, SHARE_PARAM, type ShareScenario, scenarioWorld } from '../../share/link';
import type { Session } from '../../shell/types';
import { usePlayground } from '../playground';
import { useUi } from '../uiStore';
import { download, exportFile } from '../world';
import { Dialog } from './Dialog';
import { usePresent } from './presentStore';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function isEmpty(session: Session): boolean {
  const { containers, images } = session.daemon;
  return (
    session.history.length === 0 && Object.keys(containers).length === 0 && Object.keys(images).length === 0
  );
}

function summary(scenario: ShareScenario): string {
  let text = `a playground built by ${plural(scenario.commands.length, 'command')} (seed ${scenario.seed})`;
  if (scenario.lesson) text += `, lesson ${scenario.lesson[0]} step ${scenario.lesson[1]}`;
  if (scenario.demo) text += `, and the demo “${scenario.demo.title}”`;
  return text;
}

/** The address without `share`, keeping the rest (a lesson route, `?present`). */
function dropShareParam(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(SHARE_PARAM);
  window.history.replaceState(window.history.state, '', url.href);
}

export default function ShareOpener() {
  const playground = usePlayground();
  const dialog = useRef<HTMLDialogElement>(null);
  const [scenario, setScenario] = useState<ShareScenario | null>(null);
  const [working, setWorking] = useState(false);
  const say = (message: string) => useUi.getState().showNotice({ kind: 'world', message });

  const open = async (chosen: ShareScenario) => {
    try {
      await playground.setWorld(scenarioWorld(chosen, Date.now()));
    } catch (error) {
      console.error('Dockyard: the shared playground could not be saved', error);
      say('The link is fine, but saving its playground failed: your playground is unchanged.');
      return;
    }
    if (chosen.demo) usePresent.getState().loadDemo(chosen.demo);
    say(
      `Opened the shared link: ${summary(chosen)}.${chosen.demo ? ' Press Present to step through the demo.' : ''}`,
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a link is read once, when the page opens
  useEffect(() => {
    const value = new URLSearchParams(window.location.search).get(SHARE_PARAM);
    if (value === null) return;
    dropShareParam();
    const decoded = decodeScenario(value);
    if (!decoded.ok) return say(decoded.message);
    const own = playground.terminal.current?.session ?? playground.feed.getSnapshot().session;
    if (isEmpty(own)) return void open(decoded.scenario);
    setScenario(decoded.scenario);
    dialog.current?.showModal();
  }, []);

  const own = playground.feed.getSnapshot().session;
  const close = () => {
    dialog.current?.close();
    setScenario(null);
  };
  const onExport = async () => {
    setWorking(true);
    try {
      const { name, text } = await exportFile(playground.booted.store, own);
      download(name, text);
      say(`Exported your playground as ${name}.`);
    } finally {
      setWorking(false);
    }
  };
  const onReplace = async () => {
    if (!scenario) return;
    setWorking(true);
    await open(scenario);
    setWorking(false);
    close();
  };
  const onKeep = () => {
    close();
    say('Kept your own playground: the shared link was not opened.');
  };

  return (
    <Dialog
      dialog={dialog}
      id="share-open"
      title="Open the shared playground?"
      onCancel={onKeep}
      text={`This link opens ${scenario ? summary(scenario) : 'a playground'}. It replaces your own playground (${plural(Object.keys(own.daemon.containers).length, 'container')}, ${plural(Object.keys(own.daemon.images).length, 'image')}, ${plural(own.history.length, 'command')} of history). Export yours first to keep a copy.`}
    >
      <div className="confirm-actions">
        {/* biome-ignore lint/a11y/noAutofocus: a confirmation starts on its safe choice */}
        <button type="button" autoFocus onClick={onKeep} disabled={working}>
          Keep mine
        </button>
        <button type="button" onClick={() => void onExport()} disabled={working}>
          Export mine
        </button>
        <button type="button" className="danger" onClick={() => void onReplace()} disabled={working}>
          Open the shared one
        </button>
      </div>
    </Dialog>
  );
}
