/**
 * The browser layer's global setup: one Chromium for every test file, started once. Each file
 * connects to it (browser-suite.ts) instead of starting its own, which costs a start per file;
 * each test still has its own browser context. Stopped when the layer ends.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the layer's Chromium listens (a ws:// address on 127.0.0.1). */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
