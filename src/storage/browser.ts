/**
 * The one module that touches webextension-polyfill. Everything else imports `browser` from here,
 * so unit tests can swap it (vi.mock) for the in-memory fake in tests/unit/fakes.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Storage, Runtime, Tabs } from 'webextension-polyfill';
