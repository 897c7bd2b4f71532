// The worker trusts no message (issue 11, part 6): only the one zod-validated request, only from our
// own content script in the top frame of a https://www.linkedin.com tab. Everything else is ignored
// and injects nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const executeScript = vi.fn(async () => [] as unknown[]);
vi.mock('../../../src/storage/browser', () => ({
  browser: { runtime: { id: 'our-extension-id' }, scripting: { executeScript } },
}));
vi.mock('../../../src/content/ui?script&iife', () => ({ default: 'src/content/ui.js' }));
vi.mock('../../../src/content/tables/de?script&iife', () => ({ default: 'tables/de.js' }));
vi.mock('../../../src/content/tables/es?script&iife', () => ({ default: 'tables/es.js' }));
vi.mock('../../../src/content/tables/fr?script&iife', () => ({ default: 'tables/fr.js' }));
vi.mock('../../../src/content/tables/it?script&iife', () => ({ default: 'tables/it.js' }));
vi.mock('../../../src/content/tables/nl?script&iife', () => ({ default: 'tables/nl.js' }));
vi.mock('../../../src/content/tables/pl?script&iife', () => ({ default: 'tables/pl.js' }));
vi.mock('../../../src/content/tables/pt?script&iife', () => ({ default: 'tables/pt.js' }));

const { handleMessage, fromLinkedIn } = await import('../../../src/background/ui-injection');
const { TABLE_LANGUAGES } = await import('../../../src/ui/i18n-tables');

const good = { type: 'on-purpose/load-ui' };
const ours = { id: 'our-extension-id', tab: { id: 7 } as never, frameId: 0, url: 'https://www.linkedin.com/feed/', origin: 'https://www.linkedin.com' };

beforeEach(() => executeScript.mockClear());

describe('the worker’s onMessage', () => {
  it('injects the UI for our content script on www.linkedin.com, top frame only', async () => {
    expect(await handleMessage(good, ours)).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['src/content/ui.js'] });
  });

  it('injects the page language’s message table just before the UI, for every table language; none otherwise', async () => {
    for (const lang of TABLE_LANGUAGES) {
      executeScript.mockClear();
      expect(await handleMessage({ ...good, lang }, ours)).toEqual({ ok: true });
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [`tables/${lang}.js`, 'src/content/ui.js'] });
    }
    for (const lang of ['en', 'sv', 'toString', '__proto__']) {
      executeScript.mockClear();
      expect(await handleMessage({ ...good, lang }, ours)).toEqual({ ok: true });
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['src/content/ui.js'] });
    }
  });

  const senders: Array<[string, Record<string, unknown>]> = [
    ['another extension', { ...ours, id: 'someone-else' }],
    ['no extension id', { ...ours, id: undefined }],
    ['an extension page (no tab)', { ...ours, tab: undefined, url: 'chrome-extension://our-extension-id/src/popup/index.html', origin: undefined }],
    ['a tab id of -1 (devtools, prerender)', { ...ours, tab: { id: -1 } }],
    ['a frame LinkedIn embeds', { ...ours, frameId: 3 }],
    ['no frame id', { ...ours, frameId: undefined }],
    ['another origin', { ...ours, url: 'https://evil.example/feed/', origin: 'https://evil.example' }],
    ['a look-alike host', { ...ours, url: 'https://www.linkedin.com.evil.example/', origin: 'https://www.linkedin.com.evil.example' }],
    ['a subdomain', { ...ours, url: 'https://lnkd.linkedin.com/', origin: 'https://lnkd.linkedin.com' }],
    ['plain http', { ...ours, url: 'http://www.linkedin.com/feed/', origin: 'http://www.linkedin.com' }],
    ['a data: URL', { ...ours, url: 'data:text/html,<script>1</script>', origin: 'null' }],
    ['an unparsable URL', { ...ours, url: 'not a url', origin: undefined }],
    ['no URL', { ...ours, url: undefined }],
    ['a URL and origin that disagree', { ...ours, origin: 'https://evil.example' }],
    ['an opaque origin', { ...ours, origin: 'null' }],
  ];
  for (const [what, sender] of senders) {
    it(`ignores ${what}`, async () => {
      expect(fromLinkedIn(sender as never)).toBe(false);
      expect(await handleMessage(good, sender as never)).toEqual({ ok: false });
      expect(executeScript).not.toHaveBeenCalled();
    });
  }

  const messages: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'on-purpose/load-ui'],
    ['a number', 42],
    ['an array', [good]],
    ['an unknown type', { type: 'on-purpose/run' }],
    ['a type of the wrong case', { type: 'ON-PURPOSE/LOAD-UI' }],
    ['no type', { files: ['evil.js'] }],
    ['a type that is not a string', { type: { toString: () => 'on-purpose/load-ui' } }],
    ['a prototype-polluting payload', JSON.parse('{"__proto__":{"type":"on-purpose/load-ui"}}')],
    ['an object inheriting the type', Object.create({ type: 'on-purpose/load-ui' })],
  ];
  for (const [what, message] of messages) {
    it(`ignores a message that is ${what}, even from our own content script`, async () => {
      expect(await handleMessage(message, ours)).toEqual({ ok: false });
      expect(executeScript).not.toHaveBeenCalled();
    });
  }

  it('takes nothing from the message: extra fields cannot choose the file, the tab or the frame', async () => {
    await handleMessage({ ...good, files: ['https://evil.example/x.js'], tabId: 1, frameIds: [5], world: 'MAIN' }, ours);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['src/content/ui.js'] });
  });

  it('accepts a sender without origin (Firefox does not report it) when the URL is LinkedIn’s', async () => {
    expect(fromLinkedIn({ ...ours, origin: undefined } as never)).toBe(true);
  });
});
