// The privilege surface of the BUILT extension (issue 11, part 6; SECURITY.md): both shipped
// manifests ask for nothing beyond the documented allow-list (tests/e2e/permissions.allow.json),
// expose no file to web pages, accept no message from them, and carry a strict CSP. Needs no browser.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDir, checkManifest } from '../../scripts/check-bundle.mjs';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; all_frames?: boolean; world?: string; match_about_blank?: boolean }>;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  sandbox?: unknown;
  update_url?: string;
  [key: string]: unknown;
}
const ALLOW = JSON.parse(readFileSync('tests/e2e/permissions.allow.json', 'utf8')) as Record<string, Record<string, string>>;
/** Keys every build has, or that carry no privilege. Anything else must be in manifest_keys. */
const PLAIN_KEYS = new Set([
  'manifest_version', 'name', 'short_name', 'version', 'version_name', 'description', 'icons', 'action', 'background',
  'permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'content_scripts',
  'content_security_policy', 'browser_specific_settings', 'minimum_chrome_version', 'default_locale', 'author', 'homepage_url',
]);

for (const dir of ['dist', 'dist-firefox']) {
  const m = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
  describe(`${dir}/manifest.json`, () => {
    it('every allow-list entry has a reason', () => {
      for (const group of Object.values(ALLOW)) {
        if (typeof group !== 'object') continue;
        for (const [k, why] of Object.entries(group)) expect(why.length, k).toBeGreaterThan(20);
      }
    });
    it('asks only for allowed permissions; notifications only as optional', () => {
      for (const p of m.permissions ?? []) expect(Object.keys(ALLOW.permissions!), `permission ${p}`).toContain(p);
      for (const p of m.optional_permissions ?? []) expect(Object.keys(ALLOW.optional_permissions!), `optional permission ${p}`).toContain(p);
      expect(m.permissions ?? []).not.toContain('notifications');
    });
    it('reaches only www.linkedin.com', () => {
      for (const h of m.host_permissions ?? []) expect(Object.keys(ALLOW.host_permissions!), `host ${h}`).toContain(h);
      for (const h of m.optional_host_permissions ?? []) expect(Object.keys(ALLOW.optional_host_permissions!), `optional host ${h}`).toContain(h);
      for (const c of m.content_scripts ?? []) {
        for (const h of c.matches ?? []) expect(Object.keys(ALLOW.content_script_matches!), `content script match ${h}`).toContain(h);
        expect(c.all_frames ?? false).toBe(false);
        expect(c.match_about_blank ?? false).toBe(false);
        expect(c.world ?? 'ISOLATED').toBe('ISOLATED');
      }
    });
    it('exposes no file to web pages and accepts no message from them', () => {
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.externally_connectable).toBeUndefined();
      expect(m.sandbox).toBeUndefined();
      expect(m.update_url).toBeUndefined();
    });
    it('has no manifest key outside the known, privilege-free ones', () => {
      const extra = Object.keys(m).filter((k) => !PLAIN_KEYS.has(k) && !(k in ALLOW.manifest_keys!));
      expect(extra).toEqual([]);
    });
    it('has a strict CSP for extension pages', () => {
      expect(checkManifest(dir)).toEqual([]);
      const csp = (m.content_security_policy as { extension_pages: string }).extension_pages;
      expect(csp).toMatch(/(^|;\s*)default-src 'none'/);
      expect(csp).toMatch(/(^|;\s*)connect-src 'none'/);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    });
    it('ships no eval, no code from strings, no remote code, no HTML sink', () => {
      expect(checkDir(dir)).toEqual([]);
    });
  });
}
