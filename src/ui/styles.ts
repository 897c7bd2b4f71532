/**
 * Styles for the shared components, as a plain string: injected into each shadow root by
 * mountShadowHost, and into the popup's <head>. Kept short because it ships in the content script
 * (20 KB gzip budget). The look follows LinkedIn's own 2026 artdeco controls (pill buttons, #0a66c2,
 * 4px inputs, 8px cards) so the panel reads as part of the dialog it sits in; dark follows the system.
 */
export const uiStyles = `
:host{all:initial;display:block}
.op-root,.op-ui{--bg:#fff;--fg:rgba(0,0,0,.9);--muted:rgba(0,0,0,.6);--line:rgba(140,140,140,.3);--field:rgba(0,0,0,.45);--soft:#f4f2ee;--hover:rgba(140,140,140,.12);--sel:#ebf4fd;--accent:#0a66c2;--accent-hi:#004182;--accent-fg:#fff;--off-bg:rgba(0,0,0,.08);--off-fg:rgba(0,0,0,.3);--bad:#cb112d;--bad-bg:#fdf0f1;--warn:#915907;--ok:#057642;--focus:#0a66c2;
font:14px/1.42857 -apple-system,system-ui,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);text-align:left;-webkit-font-smoothing:antialiased}
@media (prefers-color-scheme:dark){.op-root,.op-ui{--bg:#1b1f23;--fg:rgba(255,255,255,.9);--muted:rgba(255,255,255,.6);--line:rgba(255,255,255,.18);--field:rgba(255,255,255,.45);--soft:#293138;--hover:rgba(255,255,255,.08);--sel:#1d3146;--accent:#71b7fb;--accent-hi:#a8d4ff;--accent-fg:#000;--off-bg:rgba(255,255,255,.12);--off-fg:rgba(255,255,255,.35);--bad:#f5987e;--bad-bg:#3a2226;--warn:#e7a33e;--ok:#7fc15e;--focus:#71b7fb}}
.op-ui *{box-sizing:border-box}
.op-ui:not(.op-as){display:grid;gap:8px;margin:8px 0}
.op-as{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:12px;margin:12px 0 4px;display:grid;gap:8px}
.op-head{display:flex;align-items:center;gap:8px;justify-content:space-between;min-height:24px}
.op-title{font-weight:600;font-size:14px;margin:0}
/* :where() keeps these at zero specificity, so .op-btn and .op-link win. */
:where(.op-ui) :where(button,input,select,textarea){font:inherit;color:inherit}
:where(.op-ui) :where(input,select,textarea){background:var(--bg);border:1px solid var(--field);border-radius:4px;padding:5px 10px;width:100%;min-height:32px;transition:border-color .1s,box-shadow .1s}
:where(.op-ui) :where(input,select,textarea):hover{border-color:var(--fg)}
:where(.op-ui) :where(input,select,textarea):focus{outline:0;border-color:var(--accent);box-shadow:0 0 0 1px var(--accent)}
:where(.op-ui) textarea{min-height:72px;resize:vertical}
:where(.op-ui) ::placeholder{color:var(--muted);opacity:1}
.op-ui [aria-invalid=true]{border-color:var(--bad);box-shadow:0 0 0 1px var(--bad)}
.op-btn{display:inline-flex;align-items:center;justify-content:center;gap:4px;border:0;box-shadow:inset 0 0 0 1px var(--accent);color:var(--accent);background:transparent;border-radius:9999px;padding:5px 16px;min-height:32px;cursor:pointer;font-weight:600;font-size:14px;line-height:20px;text-decoration:none;transition:background-color .1s,box-shadow .1s}
.op-btn:hover:not(:disabled){background:var(--sel);box-shadow:inset 0 0 0 2px var(--accent)}
.op-primary,.op-primary:hover:not(:disabled){box-shadow:none;background:var(--accent);color:var(--accent-fg)}
.op-primary:hover:not(:disabled){background:var(--accent-hi)}
.op-btn:disabled{background:var(--off-bg);color:var(--off-fg);box-shadow:none;cursor:not-allowed}
.op-link{border:0;box-shadow:none;background:none;color:var(--accent);cursor:pointer;padding:4px 8px;font-weight:600;border-radius:4px;min-height:0}
.op-link:hover:not(:disabled){background:var(--hover);box-shadow:none;text-decoration:underline}
.op-ui :focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.op-list{list-style:none;margin:0;padding:4px;max-height:204px;overflow:auto;border:1px solid var(--line);border-radius:8px;display:grid;gap:2px}
.op-option{padding:6px 10px;border-radius:6px;cursor:pointer;display:grid;gap:1px}
.op-option:hover{background:var(--hover)}
.op-option[aria-selected=true]{background:var(--sel);box-shadow:inset 3px 0 0 var(--accent)}
.op-option-name{font-weight:600}
.op-option-snippet{color:var(--muted);font-size:12px;line-height:16px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.op-badge{color:var(--ok);font-weight:600;font-size:12px}
.op-empty,.op-hint{color:var(--muted);font-size:12px;margin:0}
.op-hint:empty{display:none}
.op-fields{display:grid;gap:8px}
.op-field label,.op-field-label{display:block;font-weight:600;font-size:12px;line-height:16px;color:var(--muted);margin-bottom:4px}
.op-preview{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);border-radius:8px;padding:8px 12px;margin:0;max-height:160px;overflow:auto}
.op-meter{display:flex;align-items:center;gap:8px;font-size:12px;color:var(--muted)}
.op-meter-bar{flex:1;height:4px;background:var(--off-bg);border-radius:2px;overflow:hidden}
.op-meter-bar>span{display:block;height:100%;background:var(--ok);transition:width .15s}
.op-meter[data-state=near] .op-meter-bar>span{background:var(--warn)}
.op-meter[data-state=over] .op-meter-bar>span{background:var(--bad)}
.op-meter[data-state=over]{color:var(--bad);font-weight:600}
.op-meter-msg:empty{display:none}
.op-alert{color:var(--bad);background:var(--bad-bg);border-radius:6px;padding:8px 10px;font-weight:600;margin:0}
.op-alert:empty{display:none}
.op-status{color:var(--ok);font-weight:600;margin:0}
.op-status:empty{display:none}
.op-actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.op-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){.op-ui *,.op-ui *::before,.op-ui *::after{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
@media (forced-colors:active){.op-ui :focus-visible,:where(.op-ui) :where(input,select,textarea):focus{outline:2px solid Highlight;outline-offset:2px}
.op-btn,.op-as,.op-alert,.op-list{border:1px solid CanvasText}.op-btn:disabled{border-color:GrayText;color:GrayText}
.op-option[aria-selected=true]{outline:2px solid Highlight;outline-offset:-2px}.op-meter-bar{border:1px solid CanvasText}
.op-meter-bar>span{forced-color-adjust:none;background:Highlight}}
`;
