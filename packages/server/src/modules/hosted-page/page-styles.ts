// The hosted page's whole style sheet, inline: a few kilobytes, so the first byte already paints the page.
// Mobile first (360 px up); the brand colour comes from the survey's theme.

import { textColorOn } from "@touchpoint/core";

const DEFAULT_BRAND = "#1c7ed6";

export function pageStyles(brandColor: string): string {
  // The theme schema already checks the colour; checking again keeps anything else out of the CSS.
  const brand = /^#[0-9a-fA-F]{6}$/.test(brandColor) ? brandColor : DEFAULT_BRAND;
  return `:root{--brand:${brand};--on-brand:${textColorOn(brand)};--tint:color-mix(in srgb,${brand} 10%,#fff);--line:#d0d5dd;--muted:#475467;--bad:#b42318}
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:transparent}
body{margin:0;background:#f2f4f7;color:#101828;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.wrap{max-width:640px;margin:0 auto;padding:12px 12px 32px}
header{display:flex;align-items:center;flex-wrap:wrap;gap:4px 12px;margin:0 4px 12px}
header img{max-height:36px;max-width:120px}
h1{flex:1 1 12rem;font-size:1.0625rem;line-height:1.3;margin:8px 0}
.langs{display:flex;gap:4px;margin-left:auto}
.langs a{display:inline-flex;align-items:center;min-height:40px;padding:0 12px;border-radius:20px;color:inherit;text-decoration:none;font-size:.875rem}
.langs a[aria-current]{background:#fff;font-weight:600;box-shadow:inset 0 0 0 1px var(--line)}
main{background:#fff;border-radius:14px;padding:20px 16px 24px;box-shadow:0 1px 3px rgba(16,24,40,.1)}
.bar{height:4px;background:#eaecf0;border-radius:2px;margin:0 0 20px;overflow:hidden}
.bar span{display:block;height:100%;background:var(--brand)}
h2{font-size:1.25rem;margin:0 0 16px}
fieldset{border:0;margin:0;padding:0;min-width:0}
.q{margin:0 0 28px;position:relative}
legend,.label{display:block;float:none;width:100%;padding:0;margin:0 0 10px;font-weight:600;font-size:1.0625rem;line-height:1.4}
.desc,.hint{color:var(--muted);margin:-4px 0 12px;white-space:pre-line}
.req{color:var(--bad);margin-left:3px}
.note{color:var(--muted);font-size:.875rem;margin:0 0 20px}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.err{color:var(--bad);font-weight:600;margin:-4px 0 10px}
.summary{border:2px solid var(--bad);border-radius:10px;padding:12px 16px;margin:0 0 24px;background:#fef3f2}
.summary p{margin:0 0 4px;font-weight:600}.summary ul{margin:0;padding-left:20px}.summary a{color:var(--bad)}
.scale{position:relative;display:grid;grid-template-columns:repeat(var(--n),minmax(0,1fr));gap:4px}
.scale label{display:flex;align-items:center;justify-content:center;min-height:48px;border:1px solid var(--line);border-radius:8px;font-weight:600;cursor:pointer;background:#fff;user-select:none}
.scale input:checked+label{background:var(--brand);border-color:var(--brand);color:var(--on-brand)}
.scale.icons label{font-size:1.75rem;border:0;min-height:52px}
.scale.stars label{color:#d0d5dd}
.scale.stars label:has(~input:checked),.scale.stars input:checked+label{background:none;color:var(--brand)}
.scale.smileys label{color:#98a2b3;border-radius:12px}
.scale.smileys input:checked+label{background:var(--tint);color:var(--brand);box-shadow:inset 0 0 0 2px var(--brand)}
.ends{display:flex;justify-content:space-between;gap:12px;margin-top:6px;font-size:.8125rem;color:var(--muted)}
.ends span:last-child{text-align:right}
.options{display:grid;gap:8px}
.option{display:flex;align-items:center;gap:12px;min-height:48px;padding:10px 14px;border:1px solid var(--line);border-radius:10px;cursor:pointer}
.option:has(input:checked){border-color:var(--brand);background:var(--tint)}
.option input,.matrix input{flex:none;width:22px;height:22px;margin:0;accent-color:var(--brand)}
.inline{grid-template-columns:1fr 1fr}
input[type=text],input[type=email],input[type=tel],input[type=number],input[type=date],select,textarea{display:block;width:100%;min-height:48px;padding:10px 12px;border:1px solid var(--line);border-radius:10px;font:inherit;color:inherit;background:#fff}
textarea{min-height:128px;resize:vertical}
.other{margin-top:8px}
[aria-invalid=true]{border-color:var(--bad)!important;box-shadow:inset 0 0 0 1px var(--bad)}
input:focus-visible+label,.option:has(input:focus-visible),input:focus-visible,select:focus-visible,textarea:focus-visible,a:focus-visible,button:focus-visible{outline:3px solid #101828;outline-offset:2px}
.sub{margin-top:16px}.sub legend,.sub .label{font-weight:500;font-size:1rem}
.matrix{overflow-x:auto}
.matrix table{border-collapse:collapse;width:100%}
.matrix th,.matrix td{padding:6px 4px;border-bottom:1px solid #eaecf0;font-size:.875rem;font-weight:500;text-align:center}
.matrix th[scope=row]{text-align:left;min-width:7rem}
.matrix label{display:flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;cursor:pointer}
.rank{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:6px 0;border-bottom:1px solid #eaecf0}
.rank select{width:5.5rem;flex:none}
.btn{display:block;width:100%;min-height:52px;padding:14px;border:0;border-radius:12px;background:var(--brand);color:var(--on-brand);font:inherit;font-weight:700;font-size:1.0625rem;text-align:center;text-decoration:none;cursor:pointer}
.screen{text-align:center;padding:28px 4px 8px}
.screen h2{font-size:1.5rem;margin-bottom:12px}.screen p{color:var(--muted);white-space:pre-line;margin:0 0 24px}
@media (min-width:600px){.wrap{padding-top:32px}main{padding:32px}h1{font-size:1.25rem}}`;
}
