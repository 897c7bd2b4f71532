/**
 * The library's editing: pure changes to a working copy (`Ctx`) of storage.local that library.ts
 * writes as one diff. The library owns timestamps: a save stamps `updatedAt` later than both the
 * previous copy and any tombstone, a delete stamps `deletedAt` later than the template, so merges
 * on other browsers order them correctly even with clocks a little apart.
 */
import { SettingsSchema, TemplateSchema, type Settings, type Template, type TemplateKind, type Tombstone } from '../core/schema';
import { applyImport, previewImport } from '../core/exchange';
import { newId } from '../core/ids';
import type { Snapshot } from './keyed-store';
import { K_SETTINGS, P_REASON, P_TEMPLATE, P_TOMBSTONE, describeIssues, sortTemplates, type ParsedLocal } from './layout';
import { LibraryError, type ImportOutcome, type SettingsPatch } from './library-types';
import { sameValue } from './merge';

const MAX_ORDER = 2000;

/** The working copy of one edit: parsed values and the snapshot to write, at time `t`. */
export interface Ctx {
  parsed: ParsedLocal;
  next: Snapshot;
  t: number;
}

export function stamp(prev: number, t: number): number {
  return Math.max(t, prev + 1);
}

export function putSettings(ctx: Ctx, s: Omit<Settings, 'updatedAt'>): Settings {
  const known = new Set(ctx.parsed.templates.keys());
  const order = [...new Set(s.order)].filter((id) => known.has(id)).slice(0, MAX_ORDER);
  const full: Settings = { ...s, order, updatedAt: stamp(ctx.parsed.settings.updatedAt, ctx.t) };
  const r = SettingsSchema.safeParse(full);
  if (!r.success) throw new LibraryError('invalid', `These settings cannot be saved: ${describeIssues(r.error.issues, full)}.`);
  ctx.parsed.settings = r.data;
  ctx.next[K_SETTINGS] = r.data;
  return r.data;
}

export function putTemplates(ctx: Ctx, input: readonly Template[], position?: number): Template[] {
  const stored: Template[] = [];
  for (const t of input) {
    const prev = ctx.parsed.templates.get(t.id);
    const tomb = ctx.parsed.tombstones.get(t.id);
    const candidate = {
      ...t,
      createdAt: prev?.createdAt ?? t.createdAt,
      updatedAt: stamp(Math.max(prev?.updatedAt ?? -1, tomb?.deletedAt ?? -1, t.updatedAt - 1), ctx.t),
    };
    const r = TemplateSchema.safeParse(candidate);
    if (!r.success) {
      const label = typeof t.name === 'string' && t.name ? `“${t.name}”` : 'This template';
      throw new LibraryError('invalid', `${label} cannot be saved: ${describeIssues(r.error.issues, candidate)}.`);
    }
    stored.push(r.data);
  }
  // Work on the visible order (listed ids, then the rest by creation) so inserting never
  // reshuffles templates that were not listed yet.
  const order = sortTemplates(ctx.parsed.templates.values(), ctx.parsed.settings.order).map((x) => x.id);
  let at = position;
  for (const t of stored) {
    ctx.parsed.templates.set(t.id, t);
    ctx.parsed.tombstones.delete(t.id);
    ctx.next[P_TEMPLATE + t.id] = t;
    delete ctx.next[P_TOMBSTONE + t.id];
    const i = order.indexOf(t.id);
    if (at !== undefined) {
      if (i >= 0) order.splice(i, 1);
      order.splice(Math.max(0, Math.min(at, order.length)), 0, t.id);
      at += 1;
    } else if (i < 0) order.push(t.id);
  }
  if (!sameValue(order, ctx.parsed.settings.order)) putSettings(ctx, { ...ctx.parsed.settings, order });
  return stored;
}

/** Leaves a tombstone; returns the deleted template or null if absent. */
export function deleteIn(ctx: Ctx, id: string): Template | null {
  const prev = ctx.parsed.templates.get(id);
  if (!prev) return null;
  const x: Tombstone = { id, deletedAt: stamp(prev.updatedAt, ctx.t), base: prev.updatedAt };
  ctx.parsed.templates.delete(id);
  ctx.parsed.tombstones.set(id, x);
  delete ctx.next[P_TEMPLATE + id];
  ctx.next[P_TOMBSTONE + id] = x;
  const s = ctx.parsed.settings;
  putSettings(ctx, {
    ...s,
    order: s.order.filter((o) => o !== id),
    defaultInviteId: s.defaultInviteId === id ? null : s.defaultInviteId,
    defaultReplyId: s.defaultReplyId === id ? null : s.defaultReplyId,
  });
  return prev;
}

export function reorderIn(ctx: Ctx, ids: readonly string[]): void {
  const current = sortTemplates(ctx.parsed.templates.values(), ctx.parsed.settings.order).map((t) => t.id);
  const listed = [...new Set(ids)].filter((id) => ctx.parsed.templates.has(id));
  const rest = current.filter((id) => !listed.includes(id));
  putSettings(ctx, { ...ctx.parsed.settings, order: [...listed, ...rest] });
}

/** The settings field that holds the default of a kind (kinds without one have no default). */
export function defaultField(kind: TemplateKind): 'defaultInviteId' | 'defaultReplyId' | null {
  return kind === 'invite' ? 'defaultInviteId' : kind === 'reply' ? 'defaultReplyId' : null;
}

export function setDefaultIn(ctx: Ctx, kind: TemplateKind, id: string | null): void {
  if (id !== null) {
    const t = ctx.parsed.templates.get(id);
    if (!t || t.kind !== kind) throw new LibraryError('not-found', `There is no ${kind} template with id ${id}.`);
  }
  const field = defaultField(kind);
  if (!field) throw new LibraryError('invalid', `${kind} templates have no default.`);
  putSettings(ctx, { ...ctx.parsed.settings, [field]: id });
}

export function saveSettingsIn(ctx: Ctx, patch: SettingsPatch): Settings {
  const clean: Record<string, unknown> = { ...patch };
  delete clean.order;
  delete clean.updatedAt;
  return putSettings(ctx, { ...ctx.parsed.settings, ...(clean as SettingsPatch) });
}

/** core's applyImport: new templates added, conflicts kept on both sides (imported copy renamed). */
export function importIn(ctx: Ctx, file: { templates: Template[] }): ImportOutcome {
  const existing = sortTemplates(ctx.parsed.templates.values(), ctx.parsed.settings.order);
  const preview = previewImport(existing, file.templates);
  const merged = applyImport(existing, preview, { now: ctx.t, newId });
  const added = putTemplates(ctx, merged.slice(existing.length));
  return { ok: true, preview, added };
}

export function deleteReasonIn(ctx: Ctx, id: string): void {
  delete ctx.next[P_REASON + id];
}
