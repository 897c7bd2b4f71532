/**
 * Import and export of the template library.
 *
 * File format (version 1):
 *   { "format": "on-purpose.templates", "version": 1, "exportedAt": "<ISO date>", "templates": [Template…] }
 *
 * Import decisions:
 * - Only that object is accepted. A bare array is rejected with a message saying what a file should
 *   look like: one format keeps a random JSON list from being taken for templates.
 * - A leading byte-order mark is ignored (Windows editors add one); everything else must be strict JSON.
 * - Files over 1 MiB of UTF-8, keys named __proto__ / constructor / prototype anywhere, duplicate ids,
 *   more than 2,000 templates, or any template not matching TemplateSchema reject the whole file, with a
 *   message that names the field (templates[3].kind) or the position (line and column).
 * - Unknown extra fields are dropped. Template bodies with syntax errors are accepted: they are the
 *   user's text, and the popup's editor shows what to fix.
 * - Parsing is pure and never mutates anything: a rejected file changes nothing.
 */
import { MAX_NAME_LENGTH, TemplateSchema, type Template } from './schema';

export const EXPORT_FORMAT = 'on-purpose.templates';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1_048_576;
export const MAX_IMPORT_TEMPLATES = 2000;
export const IMPORTED_SUFFIX = ' (imported)';

export interface ImportError {
  message: string;
  /** The offending field, like "templates[3].kind". */
  path?: string;
  /** 1-based position in the file, for JSON syntax errors and forbidden keys. */
  line?: number;
  column?: number;
}
export type ImportResult = { ok: true; templates: Template[]; version: number } | { ok: false; error: ImportError };

export interface ImportConflict {
  existing: Template;
  incoming: Template;
  newer: 'existing' | 'incoming' | 'same-time';
}
export interface ImportPreview {
  added: Template[];
  /** Incoming templates already in the library: same id and content, or the same content under another id. */
  identical: Template[];
  /** Same id, different content (name, body, kind or tags). */
  conflicts: ImportConflict[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function exportTemplates(templates: Template[], now: number): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    templates: templates.map(({ id, kind, name, body, tags, createdAt, updatedAt }) => ({ id, kind, name, body, tags, createdAt, updatedAt })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse gave up: engines word (and place) this differently, so we find it ourselves.
 * Returns -1 when the nesting is too deep to follow (the file is broken somewhere past that).
 */
export function jsonErrorOffset(s: string): number {
  let i = 0;
  let tooDeep = false;
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const ws = () => {
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  };
  const expect = (c: string) => {
    ws();
    if (s[i] !== c) fail();
    i++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const c = s.charCodeAt(i);
      if (i >= s.length || c < 0x20) fail();
      i++;
      if (c === 0x22) return;
      if (c === 0x5c) {
        if (s[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) i += 5;
        else if ('"\\/bfnrt'.includes(s[i] ?? 'x')) i++;
        else fail();
      }
    }
  };
  const value = (depth: number): void => {
    ws();
    if (depth > 1000) {
      tooDeep = true;
      fail();
    }
    const c = s[i];
    if (c === '{' || c === '[') {
      i++;
      ws();
      const close = c === '{' ? '}' : ']';
      if (s[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          string();
          expect(':');
        }
        value(depth + 1);
        ws();
        if (s[i] === ',') i++;
        else return expect(close);
        ws();
      }
    }
    if (c === '"') return string();
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (!literal.test(s)) fail();
    i = literal.lastIndex;
  };
  try {
    value(0);
    ws();
    if (i < s.length) fail();
  } catch {
    // Fall through: i is where the text stopped making sense.
  }
  return tooDeep ? -1 : i;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`)).join('');
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', array: 'a list', object: 'an object', boolean: 'true or false' };

export interface IssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  message: string;
}

export function describeIssue(issue: IssueLike, value: unknown): string {
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
  switch (issue.code) {
    case 'invalid_value': {
      // '"a", "b" or "c"' reads better than a chain of "or"s now that there are three template kinds.
      const vs = (issue.values ?? []).map((v) => JSON.stringify(v));
      const list = vs.length > 1 ? `${vs.slice(0, -1).join(', ')} or ${vs[vs.length - 1]}` : (vs[0] ?? 'a known value');
      return `expected ${list}, found ${kindOf(value)}`;
    }
    case 'invalid_type':
      return value === undefined ? 'is missing' : `expected ${EXPECTED[issue.expected ?? ''] ?? issue.expected}, found ${kindOf(value)}`;
    case 'too_small':
      if (issue.origin === 'number') return `must be ${issue.minimum} or more, found ${kindOf(value)}`;
      return Number(issue.minimum) === 1 ? 'must not be empty' : `is too short (at least ${issue.minimum})`;
    case 'too_big':
      if (issue.origin === 'number') return `must be at most ${issue.maximum}, found ${kindOf(value)}`;
      return issue.origin === 'array'
        ? `has too many items (${length}; at most ${issue.maximum})`
        : `is too long (${length} characters; at most ${issue.maximum})`;
    default:
      return issue.message;
  }
}

const at = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), root);

/**
 * The first forbidden key anywhere in the parsed value. Iterative, with parent links instead of path
 * copies, because a 1 MB file can nest a million levels deep.
 */
export function findForbiddenKey(root: unknown): { key: string; path: PropertyKey[] } | undefined {
  interface Entry {
    value: unknown;
    key?: PropertyKey;
    parent?: Entry;
  }
  const pathOf = (e: Entry | undefined): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (; e?.parent; e = e.parent) path.unshift(e.key!);
    return path;
  };
  const stack: Entry[] = [{ value: root }];
  while (stack.length) {
    const entry = stack.pop()!;
    const value = entry.value;
    if (value === null || typeof value !== 'object') continue;
    const keys = Object.keys(value);
    const bad = keys.find((k) => FORBIDDEN_KEYS.has(k));
    if (bad !== undefined) return { key: bad, path: pathOf(entry) };
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = Array.isArray(value) ? k : keys[k]!;
      stack.push({ value: (value as Record<PropertyKey, unknown>)[key], key, parent: entry });
    }
  }
  return undefined;
}

/**
 * The part every On Purpose import shares (templates, People): text → JSON root, with a size cap,
 * a BOM, and errors that say where (line and column), and no prototype-pollution keys anywhere.
 * `what` names the file in messages ("templates", "People"); `limit` is in UTF-8 bytes.
 */
export function readJsonRoot(
  text: string,
  what: string,
  limit: { bytes: number; label: string },
): { ok: true; root: unknown } | { ok: false; error: ImportError } {
  const fail = (message: string, extra: Omit<ImportError, 'message'> = {}) => ({ ok: false as const, error: { message, ...extra } });
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  // A UTF-16 code unit is at least one UTF-8 byte, so a long string is rejected without counting.
  if (text.length > limit.bytes || utf8Length(text) > limit.bytes) {
    return fail(`The file is larger than ${limit.label}; a ${what} export is far smaller, so this is probably not one.`);
  }
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!json.trim()) return fail('The file is empty.');
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    const offset = jsonErrorOffset(json);
    if (offset < 0) return fail(`This file is not valid JSON: it is nested too deeply to be a ${what} file.`);
    const place = lineColumn(json, offset);
    const where = `line ${place.line}, column ${place.column}`;
    const message =
      offset >= json.length
        ? `This file is not valid JSON: it ends too early (${where}) — it may be cut off.`
        : `This file is not valid JSON: unexpected ${JSON.stringify(json[offset])} at ${where}.`;
    return fail(message, place);
  }
  const forbidden = findForbiddenKey(root);
  if (forbidden) {
    const path = formatPath(forbidden.path);
    const found = new RegExp(`"${forbidden.key}"\\s*:`).exec(json);
    return fail(
      `The file contains a key named “${forbidden.key}”${path ? ` in ${path}` : ''}, which is not allowed for safety; nothing was imported.`,
      { ...(path ? { path } : {}), ...(found ? lineColumn(json, found.index) : {}) },
    );
  }
  return { ok: true, root };
}

export function parseImportFile(text: string): ImportResult {
  const fail = (message: string, extra: Omit<ImportError, 'message'> = {}): ImportResult => ({ ok: false, error: { message, ...extra } });
  const read = readJsonRoot(text, 'templates', { bytes: MAX_IMPORT_BYTES, label: '1 MB' });
  if (!read.ok) return { ok: false, error: read.error };
  const { root } = read;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return fail(
      `This is not an On Purpose templates file: it holds ${Array.isArray(root) ? 'a bare list' : kindOf(root)}, but should be an object with "format": "${EXPORT_FORMAT}" and "templates".`,
    );
  }
  const file = root as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return fail(
      file.format === undefined
        ? `This is not an On Purpose templates file: the "format" field is missing (expected "${EXPORT_FORMAT}").`
        : `This is not an On Purpose templates file: "format" is ${kindOf(file.format)}, expected "${EXPORT_FORMAT}".`,
      { path: 'format' },
    );
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`version: expected a whole number such as ${EXPORT_VERSION}, found ${kindOf(version)}.`, { path: 'version' });
  }
  if (version > EXPORT_VERSION) {
    return fail(`This file was made by a newer version of On Purpose (v${version}); update the extension to import it.`, { path: 'version' });
  }
  const list = file.templates;
  if (!Array.isArray(list)) {
    return fail(`templates: expected a list of templates, found ${list === undefined ? 'nothing' : kindOf(list)}.`, { path: 'templates' });
  }
  if (list.length > MAX_IMPORT_TEMPLATES) {
    return fail(`The file has ${list.length} templates; at most ${MAX_IMPORT_TEMPLATES} can be imported at once.`, { path: 'templates' });
  }
  const templates: Template[] = [];
  const seen = new Map<string, number>();
  for (const [index, item] of list.entries()) {
    const result = TemplateSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0] as IssueLike;
      const path = formatPath(['templates', index, ...issue.path]);
      return fail(`${path}: ${describeIssue(issue, at(item, issue.path))}.`, { path });
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      const path = `templates[${index}].id`;
      return fail(`${path}: the id ${JSON.stringify(result.data.id)} is already used by templates[${first}].`, { path });
    }
    seen.set(result.data.id, index);
    templates.push(result.data);
  }
  return { ok: true, templates, version };
}

const contentKey = (t: Template) => JSON.stringify([t.kind, t.name, t.body, [...t.tags].sort()]);

/** Tags compare as a set: their order carries no meaning. */
export function sameContent(a: Template, b: Template): boolean {
  return contentKey(a) === contentKey(b);
}

export function previewImport(existing: Template[], incoming: Template[]): ImportPreview {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const contents = new Set(existing.map(contentKey));
  const preview: ImportPreview = { added: [], identical: [], conflicts: [] };
  for (const t of incoming) {
    const match = byId.get(t.id);
    if (match) {
      if (sameContent(match, t)) preview.identical.push(t);
      else {
        const newer = match.updatedAt > t.updatedAt ? 'existing' : match.updatedAt < t.updatedAt ? 'incoming' : 'same-time';
        preview.conflicts.push({ existing: match, incoming: t, newer });
      }
    } else if (contents.has(contentKey(t))) preview.identical.push(t);
    else preview.added.push(t);
  }
  return preview;
}

function importedName(name: string): string {
  const room = MAX_NAME_LENGTH - IMPORTED_SUFFIX.length;
  // Cut on a character boundary: never leave half of a surrogate pair.
  const base = name.length > room ? name.slice(0, room).replace(/[\uD800-\uDBFF]$/, '') : name;
  return base + IMPORTED_SUFFIX;
}

/**
 * Merges without losing either side: new templates are added as they are (ids and times kept, so an
 * export → wipe → import round trip restores the library exactly); on a conflict both are kept and the
 * imported copy gets a new id and " (imported)" after its name.
 */
export function applyImport(existing: Template[], preview: ImportPreview, opts: { now: number; newId: () => string }): Template[] {
  const result = [...existing];
  const taken = new Set(existing.map((t) => t.id));
  const freshId = () => {
    let id = opts.newId();
    while (taken.has(id)) id = opts.newId();
    return id;
  };
  const copy = (t: Template): Template => ({ ...t, id: freshId(), name: importedName(t.name), tags: [...t.tags], createdAt: opts.now, updatedAt: opts.now });
  // A stale preview may list as new an id that has since appeared: treat it like a conflict.
  for (const t of preview.added) {
    const added = taken.has(t.id) ? copy(t) : { ...t, tags: [...t.tags] };
    taken.add(added.id);
    result.push(added);
  }
  for (const { incoming } of preview.conflicts) {
    const added = copy(incoming);
    taken.add(added.id);
    result.push(added);
  }
  return result;
}
