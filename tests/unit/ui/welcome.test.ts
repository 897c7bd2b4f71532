// The playground's front door (tests/playground/welcome.mjs): every link it offers names a fixture
// that exists, and the page is grouped by task, not a list of file names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs module without types (a playground helper, not shipped)
import { GROUPS, welcomePage } from '../../playground/welcome.mjs';

const fixtures: Array<{ file: string; url: string }> = JSON.parse(readFileSync('tests/fixtures/linkedin/fixtures.json', 'utf8')).fixtures;
type Group = { id: string; title: string; does: string; how: string; links: Array<{ file: string; label: string }> };

describe('playground front door', () => {
  it('links only fixtures that exist, each group saying what On Purpose does', () => {
    const files = new Set(fixtures.map((f) => f.file));
    for (const g of GROUPS as Group[]) {
      expect(g.does.length, g.id).toBeGreaterThan(20);
      expect(g.how.length, g.id).toBeGreaterThan(10);
      for (const l of g.links) expect(files.has(l.file), `${g.id}: ${l.file}`).toBe(true);
    }
  });

  it('renders the groups and the link to the full index', () => {
    const html: string = welcomePage(fixtures);
    for (const g of GROUPS as Group[]) expect(html).toContain(`data-group="${g.id}"`);
    expect(html).toContain('href="/__playground/all"');
    expect(html).not.toMatch(/>[^<]*--[a-z0-9-]+--\d{4}-\d{2}\.html</);
  });
});
