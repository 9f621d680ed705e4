// Entry of the embeddable widget served at /widget.js. The survey widget itself arrives with the surveys
// module; for now the bundle only announces its version, so the build, serving and size budget are in place.
declare global {
  interface Window {
    Touchpoint?: { version: string };
  }
}

export const WIDGET_VERSION = "0.1.0";

window.Touchpoint = { ...window.Touchpoint, version: WIDGET_VERSION };
