/**
 * Where daemon events go as playback reaches them. The terminal publishes; the diagram, the API log
 * and lesson checks subscribe, so they all move in step with what the learner is reading.
 */
import type { DaemonEvent } from '../daemon/events';

export type DaemonEventListener = (event: DaemonEvent) => void;

export class EventBus {
  private readonly listeners = new Set<DaemonEventListener>();

  /** Returns the unsubscribe function (React effects can return it as their cleanup). */
  subscribe(listener: DaemonEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  dispatch(event: DaemonEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A broken view must not stop the terminal's output halfway through a command.
        console.error('Dockyard: an event listener failed', error);
      }
    }
  }
}
