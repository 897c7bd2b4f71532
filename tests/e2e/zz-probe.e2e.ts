import { afterAll, beforeAll, it } from 'vitest';
import { startSession, type Session } from './harness';
let s: Session;
beforeAll(async () => { s = await startSession(); });
afterAll(() => s?.close());
it('probe', async () => {
    const p = await s.open('invitations--classic-ember--2023-04.html');
    p.on('console', (m) => console.log('  console', m.type(), m.text()));
    p.on('pageerror', (m) => console.log('  pageerror', m));
    const ask = p.locator('on-purpose-ask').first();
    await ask.waitFor({state:'attached'});
    console.log(await ask.evaluate((h) => h.shadowRoot!.innerHTML));
    await ask.getByRole('button', { name: 'Ask how we met' }).click();
    await p.waitForTimeout(1500);
    console.log(await ask.evaluate((h) => h.shadowRoot!.innerHTML.slice(-1500)));
    console.log(await p.evaluate(() => document.querySelector('#msg-overlay')?.outerHTML.slice(0, 3000)));
}, 60000);
