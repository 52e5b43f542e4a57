/**
 * debian:bookworm and the one rootfs layer the server and language images here are built on.
 *
 * nginx, httpd, redis, postgres, python and node all start `FROM debian:bookworm(-slim)` or an
 * image built on it. Real slim and full images have different rootfs blobs; here they share this
 * one layer object, so pulling one after another shows `<id>: Already exists` for it, which is
 * the lesson (docker-behavior.md §2.3 "Shared layers"). Digests are SYNTHESIZED (build.ts);
 * sizes are the bookworm rootfs's (~48.5MB compressed, ~117MB as `docker images` shows it, §14).
 */
import type { CatalogImage } from '../catalog';
import { nop, PATH_ENV, synthDigest, synthLayer } from './build';

export const BOOKWORM_CREATED = '2023-10-11T00:00:00.000000000Z';

/** The shared base layer: every image that uses it holds this very object. */
export const BOOKWORM_ROOTFS = synthLayer('debian:bookworm rootfs 20231009', 49_557_601, 116_545_010);

/** The two history entries every bookworm-based image starts with. */
export const BOOKWORM_HISTORY = [
  {
    created: '2023-10-11T00:00:00.000000000Z',
    created_by:
      '/bin/sh -c #(nop) ADD file:7c2f4ae6ba3c3d9ad4e2a0b5d9fbaf1d6a2b3e6d1b0e40a5bbff1c0a4b1c1f0e in / ',
  },
  nop('2023-10-11T00:00:00.400000000Z', 'CMD ["bash"]'),
] as const;

export const debianBookworm: CatalogImage = {
  id: synthDigest('debian:bookworm config'),
  manifestDigest: synthDigest('debian:bookworm index'),
  created: '2023-10-11T00:00:00.400000000Z',
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: { Cmd: ['bash'], Entrypoint: null, Env: [PATH_ENV], WorkingDir: '' },
  layers: [BOOKWORM_ROOTFS],
  history: BOOKWORM_HISTORY,
  program: 'bash',
};
