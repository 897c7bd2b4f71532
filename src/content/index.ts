/**
 * The always-on content script, run at document_start on every https://www.linkedin.com page.
 * It holds only what must be there before the user can click: the runtime (lifecycle and narrow
 * observation), the invite guard, and the loader that brings in the UI when a surface appears.
 * The UI features are in ./ui.ts, injected on demand (see ./loader.ts).
 */
import { currentPageKind, onDiagnostic } from '../linkedin';
import { recordDiag } from '../storage/diagnostics';
import { watchGuardSettings } from '../storage/guard-settings';
import { getBridge, setBridge, type Bridge } from './bridge';
import { createInviteGuard } from './features/invite-guard';
import { createFlowStore } from './invite-flow';
import { requestUi, uiLoader } from './loader';
import { run } from './runtime';
import { sendPressedEvent, writePendingEvent } from './send-log';

// The worker injects this script into open tabs after an install or update (src/background/
// reinject.ts); in a tab that was loading at that moment the manifest's copy may already run in
// this same world. One copy per world: the second one leaves.
const running = getBridge();
if (!running || running.signal.aborted) start();

function start(): void {
  const flow = createFlowStore();
  const guard = createInviteGuard(flow);
  const runtime = run([guard.feature, uiLoader]);
  watchGuardSettings(guard.setSettings, runtime.signal);

  const bridge: Bridge = {
    signal: runtime.signal,
    addFeatures: runtime.addFeatures,
    requestScan: runtime.requestScan,
    flow,
    guardMode: () => guard.settings().guardMode,
    allowConnectOnce: guard.allowConnectOnce,
    onConnectBlocked: guard.onConnectBlocked,
    lastConnectBlock: null,
    uiLoaded: false,
    onPeopleEvent: null,
    pendingPeopleKeys: [],
  };
  setBridge(bridge);
  // People log: a send the guard let through is written at once (it must survive a page load), and
  // the UI bundle is asked to confirm it from LinkedIn's feedback (toast, Pending).
  guard.onSendPressed((send, state) => {
    const event = sendPressedEvent(send, state);
    if (!event) return;
    void writePendingEvent(event).then((key) => {
      if (bridge.onPeopleEvent) bridge.onPeopleEvent(key);
      else {
        if (key) bridge.pendingPeopleKeys.push(key);
        requestUi();
      }
    });
  }, runtime.signal);
  // A block needs its explanation at once: load the UI now rather than after the settle delay.
  flow.onChange(() => requestUi(), runtime.signal);
  // A blocked one-click Connect needs its explanation even on a page with no other surface.
  guard.onConnectBlocked((block) => {
    bridge.lastConnectBlock = { ...block, at: Date.now() };
    requestUi();
  }, runtime.signal);
  // "LinkedIn changed": what an adapter could not place is logged locally for the popup (issue 9 part 7).
  const stopDiag = onDiagnostic((d) => recordDiag({ ...d, page: currentPageKind(location) }));
  runtime.signal.addEventListener('abort', stopDiag, { once: true });
}
