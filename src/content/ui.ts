/**
 * The on-demand UI, injected by the background into a LinkedIn tab once the always-on script
 * (./index.ts) finds a surface that needs it. It joins the running script through the bridge:
 * same lifecycle, same observation, same invite-flow state.
 */
import { getBridge } from './bridge';
import { composerTemplates } from './features/composer-templates';
import { inviteTemplates } from './features/invite-templates';
import { oneClickConnect } from './features/one-click-connect';
import { peopleAcceptance } from './features/people-acceptance';
import { peopleSendLog } from './features/people-send-log';
import { personCard } from './features/person-card';
import { replyToGeneric } from './features/reply-to-generic';
import { listenForPickerCommand } from './picker-command';
import { startLibrary } from './state';
import { detectLocale } from '../linkedin';
import { deferSetAsideMoves } from '../storage/keyed-store';
import { chooseLanguage } from '../ui/i18n-tables';

const bridge = getBridge();
if (bridge && !bridge.uiLoaded && !bridge.signal.aborted) {
  bridge.uiLoaded = true;
  // Speak the page's language (LinkedIn's <html lang>), else the browser's: before anything renders.
  chooseLanguage(detectLocale(document));
  // LinkedIn's origin shares no lock with the popup and the worker: they move damaged data aside.
  deferSetAsideMoves();
  startLibrary(bridge.signal);
  bridge.addFeatures([inviteTemplates, oneClickConnect, replyToGeneric, composerTemplates, peopleSendLog, peopleAcceptance, personCard]);
  listenForPickerCommand(bridge.signal);
}
