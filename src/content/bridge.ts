/**
 * How the on-demand UI script (ui.ts) meets the always-on guard (index.ts). Both run in the same
 * isolated world but are separate bundles, so they share one object under a registry symbol. The
 * page's main world is another realm and cannot see it.
 */
import type { ConnectControl } from '../linkedin/types';
import type { FlowStore } from './invite-flow';
import type { Feature } from './runtime';
import type { MessageKey } from '../ui/i18n';

export interface ConnectBlock {
  connect: ConnectControl;
  /** English, for logs and tests; the UI shows `code` translated (the always-on script carries no tables). */
  message: string;
  code: MessageKey;
  subs?: string[];
  overridable: boolean;
}

export interface Bridge {
  /** The script session: aborted on context invalidation or takeover. */
  signal: AbortSignal;
  addFeatures(features: readonly Feature[]): void;
  requestScan(): void;
  flow: FlowStore;
  guardMode(): 'strict' | 'nudge' | 'off';
  allowConnectOnce(control: Element): void;
  onConnectBlocked(cb: (block: ConnectBlock) => void, signal: AbortSignal): void;
  /** The last one-click Connect the guard stopped: the UI, loaded because of it, explains it. */
  lastConnectBlock: (ConnectBlock & { at: number }) | null;
  uiLoaded: boolean;
  /** Set by the UI bundle: ingest the People log's pending `pe:` entries now (a send was pressed). */
  onPeopleEvent: ((key: string | null) => void) | null;
  /** Sends pressed before the UI bundle arrived (their `pe:` keys): it ingests them on load. */
  pendingPeopleKeys: string[];
}

const KEY = Symbol.for('on-purpose/bridge');

export function setBridge(bridge: Bridge): void {
  (globalThis as Record<symbol, unknown>)[KEY] = bridge;
}

export function getBridge(): Bridge | null {
  return ((globalThis as Record<symbol, unknown>)[KEY] as Bridge | undefined) ?? null;
}
