import type { Browser, Page } from 'puppeteer-core';
export const GECKO_ID: string;
export const FIREFOX_UUID: string;
export function findFirefox(): string | null;
export function launchFirefox(opts?: { extensionPath?: string; headless?: boolean }): Promise<{ browser: Browser; extensionOrigin: string }>;
export function routePlaygroundFirefox(page: Page): Promise<void>;
