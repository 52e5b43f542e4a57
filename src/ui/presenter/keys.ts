/**
 * The presenter's keys. Ctrl+Alt+P toggles presenter mode anywhere. In presenter mode, → (or
 * PageDown, what a presentation clicker sends) runs the next step and ← (or PageUp) undoes the
 * last one, except where those keys already mean something:
 * - in the terminal while there is typing on the line (the arrows move the cursor) or a command
 *   is running (keys are typeahead);
 * - in a text field, a list or a radio group (the demo editor, the pace).
 * At an empty prompt the arrows do nothing in bash, so there they step the demo.
 */
import type { TerminalHandle } from '../../terminal/TerminalView';

export type DemoKey = 'next' | 'back' | null;

export function isPresentToggle(event: KeyboardEvent): boolean {
  return event.ctrlKey && event.altKey && !event.metaKey && event.key.toLowerCase() === 'p';
}

export function demoKey(event: KeyboardEvent, terminal: TerminalHandle | null): DemoKey {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const key =
    event.key === 'ArrowRight' || event.key === 'PageDown'
      ? 'next'
      : event.key === 'ArrowLeft' || event.key === 'PageUp'
        ? 'back'
        : null;
  if (key === null) return null;
  const target = event.target as HTMLElement | null;
  if (target?.classList.contains('xterm-helper-textarea')) {
    return terminal && !terminal.running && !terminal.hasInput ? key : null;
  }
  if (target?.closest('input, textarea, select, [contenteditable="true"], [role="radiogroup"], dialog')) {
    return null;
  }
  return key;
}
