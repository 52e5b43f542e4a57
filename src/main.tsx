/** Entry point: open storage while React paints the page around it. */
import '@xterm/xterm/css/xterm.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { boot, seedFor } from './ui/boot';
import { useUi } from './ui/uiStore';

const booting = boot(useUi.getState(), seedFor(window.location.search));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App booting={booting} />
  </StrictMode>,
);
