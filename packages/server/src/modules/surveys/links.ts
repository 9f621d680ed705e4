// Public links to a survey's hosted page, one per channel tag, and their QR codes (SVG for print, PNG for screens).
import type { Channel } from "@touchpoint/core";
import QRCode from "qrcode";

export function surveyLink(baseUrl: string, slug: string, channel?: Channel): string {
  const url = new URL(`/s/${encodeURIComponent(slug)}`, baseUrl);
  if (channel) url.searchParams.set("channel", channel);
  return url.toString();
}

export const qrFormats = ["svg", "png"] as const;
export type QrFormat = (typeof qrFormats)[number];

export async function surveyQrCode(link: string, format: QrFormat, size: number, brandColor: string) {
  // Error correction M survives a smudged print; dark modules in the brand colour keep enough contrast on white.
  const options = {
    errorCorrectionLevel: "M" as const,
    margin: 2,
    width: size,
    color: { dark: brandColor, light: "#ffffff" },
  };
  return format === "svg"
    ? QRCode.toString(link, { ...options, type: "svg" })
    : QRCode.toBuffer(link, { ...options, type: "png" });
}
