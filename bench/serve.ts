/**
 * What the page benches share: the page built into a temporary directory (never dist/, which e2e
 * runs serve), Vite's preview server on a free port, and the e2e tests' Chromium.
 * `--no-build` reuses the last build in that directory.
 */
import { createServer } from 'node:net';
import { type Browser, chromium } from '@playwright/test';
import { build, preview } from 'vite';
import playwrightConfig from '../playwright.config';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ServedPage {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function servePage(outDir: string): Promise<ServedPage> {
  if (!process.argv.includes('--no-build')) {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  // The same browser as the e2e tests: Debian's Chromium with its flags where it exists.
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? {});
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}
