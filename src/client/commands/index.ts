/**
 * Every docker command the client knows, as an explicit list (no registration by import side
 * effect). Order matters for `docker --help`'s Common Commands, which keep docker's order.
 */
import type { CommandSpec } from '../spec';
import { commit } from './commit';
import { cp } from './cp';
import { create } from './create';
import { diff } from './diff';
import { exec } from './exec';
import { history } from './history';
import { imageInspect } from './image-inspect';
import { imagePrune } from './image-prune';
import { images } from './images';
import { info } from './info';
import { containerInspect, inspect } from './inspect';
import { kill } from './kill';
import { logs } from './logs';
import { pause, unpause } from './pause';
import { port } from './port';
import { containerPrune, systemPrune } from './prune';
import { ps } from './ps';
import { pull } from './pull';
import { push } from './push';
import { rename } from './rename';
import { restart } from './restart';
import { rm } from './rm';
import { rmi } from './rmi';
import { run } from './run';
import { start } from './start';
import { stats } from './stats';
import { stop } from './stop';
import { systemDf } from './system-df';
import { tag } from './tag';
import { top } from './top';
import { version } from './version';
import { wait } from './wait';

export const COMMANDS: readonly CommandSpec[] = [
  run,
  ps,
  pull,
  push,
  images,
  version,
  info,
  history,
  imageInspect,
  inspect,
  containerInspect,
  containerPrune,
  systemDf,
  systemPrune,
  imagePrune,
  rm,
  rmi,
  tag,
  exec,
  diff,
  commit,
  cp,
  create,
  start,
  stop,
  restart,
  kill,
  pause,
  unpause,
  top,
  stats,
  logs,
  wait,
  rename,
  port,
];

export interface CommandGroup {
  readonly name: string;
  readonly description: string;
}

/** Management commands (`docker container …`, `docker image …`). */
export const GROUPS: readonly CommandGroup[] = [
  { name: 'container', description: 'Work with containers' },
  { name: 'image', description: 'Work with images' },
  { name: 'system', description: 'Look after the engine: disk use, facts, clean-up' },
];
