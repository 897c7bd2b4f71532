import { afterAll, beforeAll, it } from 'vitest';
import { startSession, type Session } from './harness';
let s: Session;
beforeAll(async () => { s = await startSession(); });
afterAll(() => s?.close());
it('shots', async () => {
  for (const f of ['composer--overlay-ember--2026-09.html', 'composer--fullpage-ember--2026-09.html', 'composer--overlay-interop--2026-08.html']) {
    const p = await s.open(f);
    const ui = p.locator('on-purpose-composer-templates');
    await ui.waitFor({ state: 'attached' });
    await p.screenshot({ path: `/tmp/probe/${f}-a.png` });
    await ui.getByRole('button', { name: /Templates/ }).click();
    await p.screenshot({ path: `/tmp/probe/${f}-b.png` });
    await ui.getByRole('option', { name: /^Check a guess/ }).click();
    await p.screenshot({ path: `/tmp/probe/${f}-c.png` });
    await p.close();
  }
  const p = await s.open('invitations--sdui-received--2026-09.html');
  await p.locator('on-purpose-ask').first().waitFor({ state: 'attached' });
  await p.screenshot({ path: `/tmp/probe/inv-a.png` });
  await p.locator('on-purpose-ask').getByRole('button', { name: 'Ask how we met' }).click();
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/probe/inv-b.png` });
  const q = await s.open('invitations--classic-ember--2023-04.html');
  await q.locator('on-purpose-ask').first().waitFor({ state: 'attached' });
  await q.locator('on-purpose-ask').first().getByRole('button', { name: 'Ask how we met' }).click();
  await q.waitForTimeout(500);
  await q.screenshot({ path: `/tmp/probe/inv-c.png` });
}, 60000);
