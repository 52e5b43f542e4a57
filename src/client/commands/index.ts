/**
 * Every docker command the client knows, as an explicit list (no registration by import side
 * effect). Order matters for `docker --help`'s Common Commands, which keep docker's order.
 */
import type { CommandSpec } from '../spec';
import { commit } from './commit';
import { diff } from './diff';
import { exec } from './exec';
import { history } from './history';
import { imageInspect } from './image-inspect';
import { imagePrune } from './image-prune';
import { images } from './images';
import { info } from './info';
import { containerInspect, inspect } from './inspect';
import { containerPrune, systemPrune } from './prune';
import { ps } from './ps';
import { pull } from './pull';
import { rm } from './rm';
import { rmi } from './rmi';
import { run } from './run';
import { systemDf } from './system-df';
import { tag } from './tag';
import { version } from './version';

export const COMMANDS: readonly CommandSpec[] = [
  run,
  ps,
  pull,
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
