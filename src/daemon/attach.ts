/**
 * `POST /containers/{id}/attach`: the client asks for the container's output stream before it
 * starts it, so nothing the program prints is lost. The stream itself is the container.output
 * events that ContainerStart plays; this step only checks there is a container to attach to.
 */
import type { StepResult } from './api';
import { noSuchContainer } from './lifecycle';
import { findContainer } from './lookup';
import { fail, ok } from './step';
import type { DaemonState } from './types';

export function containerAttach(state: DaemonState, params: { id: string }): StepResult<null> {
  return findContainer(state, params.id) ? ok(state, null) : fail(state, 404, noSuchContainer(params.id));
}
