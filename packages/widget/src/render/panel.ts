// The widget's frame: a host element reset with `all: initial` holding an open shadow root, so the page's
// CSS neither reaches in nor out; a dialog placed per the survey's settings, with a close button, Escape to
// close and focus kept inside while it is there.
import type { WidgetSettings } from "@touchpoint/core";
import { textColorOn } from "@touchpoint/core";
import { h } from "./dom.ts";
import { WIDGET_CSS } from "./styles.ts";

export interface PanelOptions {
  position: WidgetSettings["position"];
  brandColor: string;
  language: string;
  /** The dialog's accessible name: the survey's title. */
  label: string;
  closeLabel: string;
  onClose: () => void;
}

export interface Panel {
  /** Replaces the panel's content and moves focus to `focus` (or the panel) when focus is in the panel. */
  show(content: Node, focus?: HTMLElement): void;
  remove(): void;
}

const FOCUSABLE = "button,input,select,textarea,a[href],[tabindex]:not([tabindex='-1'])";

/** Someone typing in a field of the page keeps their focus; the widget then waits to be tabbed to. */
const isTyping = (element: Element | null) =>
  element instanceof HTMLElement &&
  (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));

export function openPanel(options: PanelOptions): Panel {
  const host = document.createElement("touchpoint-widget");
  host.style.setProperty("all", "initial", "important");
  const shadow = host.attachShadow({ mode: "open" });
  const content = h("div", {});
  const close = h(
    "button",
    { type: "button", class: "close", "aria-label": options.closeLabel, onclick: () => options.onClose() },
    h("span", { "aria-hidden": "true" }, "×"),
  );
  const panel = h(
    "div",
    {
      class: "panel",
      role: "dialog",
      "aria-modal": options.position === "center" ? "true" : "false",
      "aria-label": options.label,
      tabindex: -1,
      onkeydown: (event) => keepFocus(event as KeyboardEvent),
    },
    close,
    content,
  );
  const root = h(
    "div",
    {
      class: `tp ${options.position}`,
      lang: options.language,
      style: `--brand:${options.brandColor};--on-brand:${textColorOn(options.brandColor)}`,
    },
    panel,
  );
  const style = h("style", {}, WIDGET_CSS);
  shadow.append(style, root);

  function keepFocus(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.stopPropagation();
      options.onClose();
      return;
    }
    if (event.key !== "Tab") return;
    const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (item) => !item.closest("[hidden]") && item.getClientRects().length > 0,
    );
    const first = items[0];
    const last = items[items.length - 1];
    const active = shadow.activeElement;
    if (event.shiftKey && (active === first || active === panel)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  const previous = document.activeElement;
  document.body.append(host);
  const focusable = !isTyping(previous);
  if (focusable) panel.focus({ preventScroll: true });

  return {
    show(node, focus) {
      const hadFocus = shadow.activeElement !== null;
      content.replaceChildren(node);
      panel.scrollTop = 0;
      if (hadFocus || focusable) (focus ?? panel).focus({ preventScroll: true });
    },
    remove() {
      const hadFocus = shadow.activeElement !== null;
      host.remove();
      if (hadFocus && previous instanceof HTMLElement) previous.focus({ preventScroll: true });
    },
  };
}
