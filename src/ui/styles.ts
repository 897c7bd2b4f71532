/**
 * Styles for the shared components, as a plain string: injected into each shadow root by
 * mountShadowHost, and into the popup's <head>. Kept short because it ships in the content script
 * (20 KB gzip budget). Colours sit close to LinkedIn's white modal; dark follows the system.
 */
export const uiStyles = `
:host{all:initial;display:block}
.op-root,.op-ui{--bg:#fff;--fg:rgba(0,0,0,.9);--muted:rgba(0,0,0,.6);--line:rgba(0,0,0,.15);--soft:#f3f6f8;--accent:#0a66c2;--accent-fg:#fff;--bad:#b24020;--warn:#915907;--ok:#057642;--focus:#0a66c2;
font:14px/1.4 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);text-align:left}
@media (prefers-color-scheme:dark){.op-root,.op-ui{--bg:#1b1f23;--fg:rgba(255,255,255,.9);--muted:rgba(255,255,255,.6);--line:rgba(255,255,255,.2);--soft:#293138;--accent:#71b7fb;--accent-fg:#000;--bad:#f5987e;--warn:#e7a33e;--ok:#7fc15e;--focus:#71b7fb}}
.op-ui *{box-sizing:border-box}
.op-as{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin:8px 0;display:grid;gap:8px}
.op-head{display:flex;align-items:center;gap:8px;justify-content:space-between}
.op-title{font-weight:600;font-size:14px;margin:0}
/* :where() keeps these at zero specificity, so .op-btn and .op-link win. */
:where(.op-ui) :where(button,input,select,textarea){font:inherit;color:inherit}
:where(.op-ui) :where(input,select,textarea){background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:5px 8px;width:100%;min-height:32px}
.op-ui [aria-invalid=true]{border-color:var(--bad);box-shadow:inset 0 0 0 1px var(--bad)}
.op-btn{border:1px solid var(--accent);color:var(--accent);background:transparent;border-radius:16px;padding:4px 14px;min-height:32px;cursor:pointer;font-weight:600}
.op-btn:hover:not(:disabled){background:var(--soft)}
.op-primary{background:var(--accent);color:var(--accent-fg)}
.op-primary:hover:not(:disabled){background:var(--accent);filter:brightness(.9)}
.op-btn:disabled{opacity:.45;cursor:not-allowed}
.op-link{border:0;background:none;color:var(--accent);cursor:pointer;padding:2px 4px;font-weight:600;border-radius:4px}
.op-ui :focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.op-list{list-style:none;margin:0;padding:2px;max-height:196px;overflow:auto;border:1px solid var(--line);border-radius:6px}
.op-option{padding:6px 8px;border-radius:4px;cursor:pointer;display:grid}
.op-option[aria-selected=true]{background:var(--soft);box-shadow:inset 3px 0 0 var(--accent)}
.op-option-name{font-weight:600}
.op-option-snippet{color:var(--muted);font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.op-badge{color:var(--ok);font-weight:400;font-size:12px}
.op-empty,.op-hint{color:var(--muted);font-size:12px;margin:0}
.op-hint:empty{display:none}
.op-fields{display:grid;gap:6px}
.op-field label{display:block;font-weight:600;font-size:13px;margin-bottom:2px}
.op-preview{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);border-radius:6px;padding:8px;margin:0;max-height:160px;overflow:auto}
.op-meter{display:flex;align-items:center;gap:8px;font-size:12px;color:var(--muted)}
.op-meter-bar{flex:1;height:4px;background:var(--line);border-radius:2px;overflow:hidden}
.op-meter-bar>span{display:block;height:100%;background:var(--ok)}
.op-meter[data-state=near] .op-meter-bar>span{background:var(--warn)}
.op-meter[data-state=over] .op-meter-bar>span{background:var(--bad)}
.op-meter[data-state=over]{color:var(--bad);font-weight:600}
.op-meter-msg:empty{display:none}
.op-alert{color:var(--bad);font-weight:600;margin:0}
.op-alert:empty{display:none}
.op-status{color:var(--ok);margin:0}
.op-status:empty{display:none}
.op-actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.op-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
