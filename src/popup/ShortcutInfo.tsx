/**
 * The keyboard shortcut that opens the template picker (manifest `commands`), as the browser has it
 * now: the user may have changed or cleared it, or another extension may hold the key (then Chrome
 * leaves ours unset). Where to change it differs per browser, so the button opens the right page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../storage/browser';
import { t } from '../ui/i18n';

export const PICKER_COMMAND = 'open-template-picker';

type Commands = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
const isFirefox = () => typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/** The shortcut as the browser names it ("Alt+Shift+O"; macOS Chrome uses symbols such as ⌥⇧O): shown as given. */
export function ShortcutInfo() {
  // undefined: still reading; '' : no shortcut set.
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    let gone = false;
    browser.commands
      .getAll()
      .then((all) => !gone && setShortcut(all.find((c) => c.name === PICKER_COMMAND)?.shortcut ?? ''))
      .catch(() => !gone && setShortcut(''));
    return () => {
      gone = true;
    };
  }, []);
  const commands = browser.commands as Commands;
  const where = isFirefox() ? t('sc_where_firefox') : 'chrome://extensions/shortcuts';
  const openSettings = () => {
    if (commands.openShortcutSettings) void commands.openShortcutSettings();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };
  return (
    <div class="field" id="shortcut" data-shortcut={shortcut ?? ''}>
      <h3>{t('sc_title')}</h3>
      <p>
        {shortcut === undefined ? (
          t('sc_reading')
        ) : shortcut ? (
          <>
            <kbd>{shortcut}</kbd> {t('sc_opens')}
          </>
        ) : (
          t('sc_none')
        )}
      </p>
      <p class="muted">
        {t('sc_change', where)}{' '}
        {(typeof commands.openShortcutSettings === 'function' || !isFirefox()) && (
          <button type="button" class="op-link" onClick={openSettings}>
            {t('sc_open')}
          </button>
        )}
      </p>
    </div>
  );
}
