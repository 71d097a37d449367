/** Global setup of the browser tests: serves the built site (dist/) for the whole run. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from './project-copy.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = path.join(PROJECT_ROOT, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('The browser tests need the built site: run `npm run build` first (`npm test` does).');
  }
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
