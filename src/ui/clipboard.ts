/**
 * Copy as the fallback when LinkedIn did not register inserted text. The async Clipboard API can
 * be missing or refused (no user activation left after an await, a permissions policy on the
 * page), so fall back to the old select-and-execCommand route.
 */
export async function copyText(text: string, near?: Node | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text, near);
  }
}

function legacyCopy(text: string, near?: Node | null): boolean {
  const doc = near?.ownerDocument ?? document;
  const ta = doc.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  // Off-screen but in the same subtree as the button (inside our shadow root when injected), so a
  // modal's focus trap does not fight the temporary focus.
  ta.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  const parent = near?.parentNode ?? doc.body;
  // Inside a shadow root document.activeElement is only the host, so prefer the button itself.
  const before = near instanceof HTMLElement ? near : doc.activeElement;
  parent.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  if (before instanceof HTMLElement) before.focus();
  return ok;
}
