/**
 * The always-on content script, run at document_start on every https://www.linkedin.com page.
 * It holds only what must be there before the user can click: the runtime (lifecycle and narrow
 * observation), the invite guard, and the loader that brings in the UI when a surface appears.
 * The UI features are in ./ui.ts, injected on demand (see ./loader.ts).
 */
import { currentPageKind, onDiagnostic } from '../linkedin';
import { recordDiag } from '../storage/diagnostics';
import { watchGuardSettings } from '../storage/guard-settings';
import { setBridge, type Bridge } from './bridge';
import { createInviteGuard } from './features/invite-guard';
import { createFlowStore } from './invite-flow';
import { requestUi, uiLoader } from './loader';
import { run } from './runtime';

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
};
setBridge(bridge);
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
