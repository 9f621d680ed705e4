// Text colour on the survey's brand colour: white or near-black, whichever contrasts more (WCAG 2.1 relative
// luminance and contrast ratio); one rule for the hosted page and the widget.

const channel = (hex: string, at: number) => {
  const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

const DARK_TEXT = "#1f2328";

/** "#ffffff" or the dark text colour, for text drawn on `brand` (a "#rrggbb" colour). */
export function textColorOn(brand: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(brand)) return "#ffffff";
  const luminance = relativeLuminance(brand);
  const onWhite = 1.05 / (luminance + 0.05);
  const onDark = (luminance + 0.05) / (relativeLuminance(DARK_TEXT) + 0.05);
  return onWhite >= onDark ? "#ffffff" : DARK_TEXT;
}
