/**
 * The daemon: one entry point, `handle`, that routes an API operation to its pure step.
 * The client never reaches into the state; it calls operations by their Engine API names.
 */

import type { Api, ApiOp, StepContext, StepResult, VersionReply } from './api';
import { containerArchive, containerStatPath, putContainerArchive } from './archive';
import { containerAttach } from './attach';
import { containerChanges, containerExec, imageCommit } from './container-fs-ops';
import {
  containerCreate,
  containerDelete,
  containerInspect,
  containerList,
  containerStart,
  containerWait,
  processExit,
} from './containers';
import { imageHistory } from './image-history';
import { imagePrune } from './image-prune';
import { imageTag } from './image-tag';
import { imageCreate, imageDelete, imageInspect, imageList } from './images';
import {
  containerKill,
  containerLogs,
  containerPause,
  containerRename,
  containerRestart,
  containerStop,
} from './lifecycle';
import { imagePush } from './push';
import { newRng } from './rng';
import { settle } from './settle';
import { ok } from './step';
import { containerPrune, systemDataUsage, systemInfo } from './system';
import { containerStats, containerTop } from './top-stats';
import type { DaemonState } from './types';

export type { Api, ApiOp, StepContext, StepResult } from './api';
export type { DaemonEvent } from './events';
export type { DaemonState } from './types';

/** A daemon with nothing pulled and nothing run. */
export function emptyDaemon(seed = 1): DaemonState {
  return { images: {}, containers: {}, rng: newRng(seed) };
}

/** The engine this simulates (docker version's Server block). */
export const ENGINE_VERSION: VersionReply = {
  Version: '28.2.2',
  ApiVersion: '1.50',
  MinAPIVersion: '1.24',
  GitCommit: '45873be',
  GoVersion: 'go1.24.3',
  Os: 'linux',
  Arch: 'amd64',
  KernelVersion: '6.8.0-dockyard',
  BuildTime: '2025-05-30T12:07:26.000000000+00:00',
};

type Handlers = {
  [K in ApiOp]: (
    state: DaemonState,
    params: Api[K]['params'],
    ctx: StepContext,
  ) => StepResult<Api[K]['reply']>;
};

const handlers: Handlers = {
  ImageList: (s, p) => imageList(s, p.filters),
  ImageCreate: imageCreate,
  ImageInspect: (s, p) => imageInspect(s, p.name),
  ImageDelete: (s, p) => imageDelete(s, p),
  ImageTag: (s, p) => imageTag(s, p),
  ImagePush: (s, p) => imagePush(s, p),
  ContainerStatPath: (s, p) => containerStatPath(s, p),
  ContainerArchive: (s, p) => containerArchive(s, p),
  PutContainerArchive: (s, p, ctx) => putContainerArchive(s, p, ctx.now),
  ImageHistory: (s, p) => imageHistory(s, p.name),
  ImagePrune: imagePrune,
  ContainerCreate: containerCreate,
  ContainerAttach: (s, p) => containerAttach(s, p),
  ContainerStart: containerStart,
  ContainerWait: (s, p) => containerWait(s, p),
  ContainerList: containerList,
  ContainerInspect: (s, p) => containerInspect(s, p),
  ContainerDelete: (s, p) => containerDelete(s, p),
  SystemVersion: (s) => ok(s, ENGINE_VERSION),
  ContainerStop: containerStop,
  ContainerRestart: containerRestart,
  ContainerKill: containerKill,
  ContainerPause: (s, p) => containerPause(s, p),
  ContainerRename: (s, p) => containerRename(s, p),
  ContainerTop: containerTop,
  ContainerStats: containerStats,
  ContainerLogs: (s, p) => containerLogs(s, p),
  ContainerChanges: (s, p) => containerChanges(s, p),
  ImageCommit: imageCommit,
  ContainerExec: containerExec,
  ContainerPrune: containerPrune,
  SystemDataUsage: (s) => systemDataUsage(s),
  SystemInfo: (s) => systemInfo(s),
  ProcessExit: processExit,
};

/** The HTTP method and path the Engine API uses, for the API log. */
export const ROUTES: { readonly [K in ApiOp]: readonly [method: string, path: string] } = {
  ImageList: ['GET', '/v1.50/images/json'],
  ImageCreate: ['POST', '/v1.50/images/create'],
  ImageInspect: ['GET', '/v1.50/images/{name}/json'],
  ImageDelete: ['DELETE', '/v1.50/images/{name}'],
  ImageTag: ['POST', '/v1.50/images/{name}/tag'],
  ImagePush: ['POST', '/v1.50/images/{name}/push'],
  ContainerStatPath: ['HEAD', '/v1.50/containers/{id}/archive'],
  ContainerArchive: ['GET', '/v1.50/containers/{id}/archive'],
  PutContainerArchive: ['PUT', '/v1.50/containers/{id}/archive'],
  ImageHistory: ['GET', '/v1.50/images/{name}/history'],
  ImagePrune: ['POST', '/v1.50/images/prune'],
  ContainerCreate: ['POST', '/v1.50/containers/create'],
  ContainerAttach: ['POST', '/v1.50/containers/{id}/attach'],
  ContainerStart: ['POST', '/v1.50/containers/{id}/start'],
  ContainerWait: ['POST', '/v1.50/containers/{id}/wait'],
  ContainerList: ['GET', '/v1.50/containers/json'],
  ContainerInspect: ['GET', '/v1.50/containers/{id}/json'],
  ContainerDelete: ['DELETE', '/v1.50/containers/{id}'],
  SystemVersion: ['GET', '/v1.50/version'],
  ContainerStop: ['POST', '/v1.50/containers/{id}/stop'],
  ContainerRestart: ['POST', '/v1.50/containers/{id}/restart'],
  ContainerKill: ['POST', '/v1.50/containers/{id}/kill'],
  ContainerPause: ['POST', '/v1.50/containers/{id}/pause'],
  ContainerRename: ['POST', '/v1.50/containers/{id}/rename'],
  ContainerTop: ['GET', '/v1.50/containers/{id}/top'],
  ContainerStats: ['GET', '/v1.50/containers/{id}/stats'],
  ContainerLogs: ['GET', '/v1.50/containers/{id}/logs'],
  ContainerChanges: ['GET', '/v1.50/containers/{id}/changes'],
  ImageCommit: ['POST', '/v1.50/commit'],
  ContainerExec: ['POST', '/v1.50/containers/{id}/exec'],
  ContainerPrune: ['POST', '/v1.50/containers/prune'],
  SystemDataUsage: ['GET', '/v1.50/system/df'],
  SystemInfo: ['GET', '/v1.50/info'],
  ProcessExit: ['-', '(kernel) process exit'],
};

/** Runs one operation. Never throws: a bug in a step becomes a 500, as a daemon panic would. */
export function handle<K extends ApiOp>(
  state: DaemonState,
  op: K,
  params: Api[K]['params'],
  ctx: StepContext,
): StepResult<Api[K]['reply']> {
  try {
    // Processes whose time is up end first, in this one place, so every step sees them ended.
    return (handlers[op] as Handlers[K])(settle(state, ctx.now), params, ctx);
  } catch (e) {
    return {
      ok: false,
      state,
      events: [],
      error: { status: 500, message: e instanceof Error ? e.message : String(e) },
    };
  }
}
