// The widget's stylesheet, inside its shadow root: page CSS cannot reach it and it cannot reach the page.
// --brand and --on-brand come from the survey's theme.
export const WIDGET_CSS = `
.tp{position:fixed;z-index:2147483647;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;text-align:left;-webkit-text-size-adjust:100%}
.tp *{box-sizing:border-box}
:where(.tp) :is(button,input,select,textarea){font:inherit;color:inherit}
.bottom-right{right:16px;bottom:16px}
.bottom-left{left:16px;bottom:16px}
.center{inset:0;display:flex;align-items:center;justify-content:center;padding:16px;background:rgba(15,20,25,.45)}
.panel{position:relative;width:min(380px,calc(100vw - 32px));max-height:min(640px,calc(100vh - 32px));overflow:auto;background:#fff;border-top:4px solid var(--brand);border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.22),0 2px 6px rgba(0,0,0,.12);padding:18px 18px 16px}
.panel:focus{outline:none}
:focus-visible{outline:2px solid var(--brand);outline-offset:2px}
.close{position:absolute;top:6px;right:6px;width:36px;height:36px;border:0;border-radius:8px;background:none;color:#57606a;font-size:22px;line-height:1;cursor:pointer}
.close:hover{background:#f1f3f5}
h2{margin:0 32px 6px 0;font-size:17px;font-weight:650}
h3{margin:0 32px 6px 0;font-size:15px;font-weight:650}
p{margin:0 0 8px}
.q{margin:12px 0 16px}
.q:first-of-type .title{margin-right:32px}
[hidden]{display:none!important}
.title{display:block;font-weight:600;margin:0 0 8px}
.desc,.hint,.ends,.note{color:#57606a;font-size:13px}
.req{color:#c92a2a;margin-left:2px}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.scale{display:grid;grid-template-columns:repeat(var(--n),1fr);gap:4px}
.scale label{display:flex;align-items:center;justify-content:center;min-height:40px;border:1px solid #ced4da;border-radius:6px;background:#fff;cursor:pointer;user-select:none;font-size:14px}
.scale label:hover{border-color:var(--brand)}
.scale:not(.icons) input:checked+label{background:var(--brand);border-color:var(--brand);color:var(--on-brand)}
.scale input:focus-visible+label{outline:2px solid var(--brand);outline-offset:2px}
.icons label{border-color:transparent;background:none;font-size:26px;color:#adb5bd}
.stars label.on{color:#f59f00}
.smileys label{opacity:.45}.smileys label.on{opacity:1}
.ends{display:flex;justify-content:space-between;gap:8px;margin-top:4px}
.opt{display:flex;align-items:center;gap:10px;min-height:40px;padding:6px 10px;margin:6px 0;border:1px solid #dee2e6;border-radius:8px;cursor:pointer}
.opt:hover{border-color:var(--brand)}
.opt input{flex:none;width:18px;height:18px;margin:0;accent-color:var(--brand)}
.field{display:block;width:100%;min-height:40px;margin:6px 0 0;padding:8px 10px;border:1px solid #ced4da;border-radius:8px;background:#fff}
textarea.field{min-height:84px;resize:vertical}
.row{display:flex;align-items:center;gap:8px;margin:6px 0}
.row label{flex:1}.row .field{width:auto;max-width:55%;margin:0}
.invalid .field,.invalid .opt,.invalid .scale label{border-color:#c92a2a}
.err{margin:6px 0 0;color:#c92a2a;font-size:13px}
.actions{display:flex;justify-content:flex-end;margin-top:12px}
.primary{min-height:44px;padding:10px 20px;border:0;border-radius:8px;background:var(--brand);color:var(--on-brand);font-weight:600;cursor:pointer}
@media (max-width:480px){.bottom-right,.bottom-left{left:8px;right:8px;bottom:8px}.panel{width:100%;max-height:85vh}.scale{gap:2px}.scale label{min-height:44px;font-size:13px}}
@media (prefers-reduced-motion:no-preference){.panel{animation:tp-in .2s ease-out}}
@keyframes tp-in{from{opacity:0;transform:translateY(8px)}}
`;
