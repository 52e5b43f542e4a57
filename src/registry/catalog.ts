/**
 * Docker Hub as data: what a pull of each repository:tag returns. Facts and their sources are in
 * ../shared/reference/docker-behavior.md §13–14; values marked SYNTHESIZED were not recorded
 * anywhere we could check, and are fixed stand-ins so every learner sees the same ones. The images
 * themselves live in ./catalog/, one file per family; this file is the index.
 */
import { debianBookworm } from './catalog/debian';
import { helloWorld2019, ubuntuFocal, ubuntuJammy, ubuntuNoble } from './catalog/hello-ubuntu';
import { node, python } from './catalog/languages';
import { httpd, nginx, postgres, redis } from './catalog/servers';
import { alpine320, busybox136, registry2 } from './catalog/small';
import type { HistoryEntry, ImageConfig, Layer } from './types';

export interface CatalogImage {
  /** `sha256:<64 hex>` of the image config: the image ID. */
  readonly id: string;
  /** The digest `Digest:` prints (a manifest list / index digest for official images). */
  readonly manifestDigest: string;
  readonly created: string;
  readonly architecture: string;
  readonly os: string;
  readonly dockerVersion: string;
  readonly config: ImageConfig;
  readonly layers: readonly Layer[];
  /** The config's history, oldest first; its non-empty entries match `layers` one to one. */
  readonly history: readonly HistoryEntry[];
  /** Which simulated program family the image's filesystem holds (daemon/programs FILESYSTEMS). */
  readonly program: string;
}

export interface CatalogRepository {
  /** `library/hello-world` */
  readonly path: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, CatalogImage>>;
}

function repo(
  name: string,
  description: string,
  tags: Readonly<Record<string, CatalogImage>>,
): [string, CatalogRepository] {
  const path = `library/${name}`;
  return [path, { path, description, tags }];
}

export const HUB_CATALOG: Readonly<Record<string, CatalogRepository>> = Object.fromEntries([
  repo('hello-world', 'Hello World! (an example of minimal Dockerization)', {
    latest: helloWorld2019,
    linux: helloWorld2019,
  }),
  // `latest` stays the 2021 focal image the seed walkthrough and saved worlds know.
  repo('ubuntu', 'Ubuntu is a Debian-based Linux operating system based on free software.', {
    latest: ubuntuFocal,
    '20.04': ubuntuFocal,
    focal: ubuntuFocal,
    '22.04': ubuntuJammy,
    jammy: ubuntuJammy,
    '24.04': ubuntuNoble,
    noble: ubuntuNoble,
  }),
  repo('debian', 'Debian is a Linux distribution composed of free and open-source software.', {
    latest: debianBookworm,
    bookworm: debianBookworm,
    '12': debianBookworm,
  }),
  repo('alpine', 'A minimal Docker image based on Alpine Linux with a complete package index.', {
    latest: alpine320,
    '3.20': alpine320,
    '3': alpine320,
  }),
  repo('busybox', 'Busybox base image.', { latest: busybox136, '1.36': busybox136, '1': busybox136 }),
  repo('nginx', 'Official build of Nginx.', { latest: nginx, '1.25': nginx, '1.25.2': nginx }),
  repo('httpd', 'The Apache HTTP Server Project', { latest: httpd, '2.4': httpd, '2': httpd }),
  repo('redis', 'Redis is the world’s fastest data platform for caching and more.', {
    latest: redis,
    '7.2': redis,
    '7': redis,
  }),
  repo('postgres', 'The PostgreSQL object-relational database system.', {
    latest: postgres,
    '16': postgres,
    '16.0': postgres,
  }),
  repo('python', 'Python is an interpreted, interactive, object-oriented, open-source language.', {
    latest: python,
    '3.12': python,
    '3': python,
  }),
  repo('node', 'Node.js is a JavaScript-based platform for server-side and networking applications.', {
    latest: node,
    '20': node,
    lts: node,
  }),
  repo('registry', 'Distribution implementation for storing and distributing of container images.', {
    latest: registry2,
    '2': registry2,
    '2.8': registry2,
  }),
]);
