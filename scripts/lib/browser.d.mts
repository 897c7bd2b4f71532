import type { BrowserContext } from 'playwright-core';
export const ROOT: string;
export const FIXTURE_DIR: string;
export const PLAYGROUND_DIR: string;
export function findChromium(): string | null;
export function chromiumOrExit(): string;
export function launch(opts?: {
  extensionPath?: string | null;
  headless?: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  args?: string[];
}): Promise<{ context: BrowserContext; extensionId: string | null; userDataDir: string }>;
export interface FixtureEntry { file: string; url: string; title?: string; surface?: string; variant?: string; locale?: string; expect?: Record<string, unknown> }
export function loadFixtureIndex(): FixtureEntry[];
export function routePlayground(
  context: BrowserContext,
  opts?: { foreign?: string[]; rewrite?: (html: string, fixture: FixtureEntry, url: URL) => string; look?: boolean },
): Promise<FixtureEntry[]>;
export function guardNetwork(context: BrowserContext): Promise<string[]>;
export function fixtureUrl(file: string): string;
export function playgroundResponse(
  href: string,
  opts: { isDocument: boolean; fixtures?: FixtureEntry[]; rewrite?: (html: string, fixture: FixtureEntry, url: URL) => string; look?: boolean },
): { status: number; contentType: string; body: string } | null;
