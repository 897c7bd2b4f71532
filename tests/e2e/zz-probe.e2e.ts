import { afterAll, beforeAll, it } from 'vitest';
import { startSession, type Session } from './harness';
import { bySurface } from './fixtures';
let s: Session;
beforeAll(async () => { s = await startSession(); });
afterAll(() => s?.close());
it('probe', async () => {
  for (const f of bySurface('invitations')) {
    const p = await s.open(f.file);
    p.on('console', (m) => console.log('  console', m.text()));
    const ask = p.locator('on-purpose-ask').first();
    await ask.getByRole('button', { name: 'Ask how we met' }).click();
    await p.waitForTimeout(1500);
    const st = await ask.locator('[role=status]').textContent().catch(() => null);
    const info = await p.evaluate(() => {
      const roots: (Document|ShadowRoot)[] = [document];
      const h = document.getElementById('interop-outlet'); if (h?.shadowRoot) roots.push(h.shadowRoot);
      return roots.flatMap((r) => Array.from(r.querySelectorAll('form.msg-form')).map((f) => ({ text: (f.querySelector('[contenteditable]') as HTMLElement).innerText, send: (f.querySelector('button[type=submit]') as HTMLButtonElement)?.disabled })));
    });
    console.log(f.file, p.url(), st, JSON.stringify(info), JSON.stringify(await p.evaluate(() => (window as any).playground?.log())));
    await p.close();
  }
}, 60000);
