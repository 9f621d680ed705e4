// The frame the preview is drawn in: a phone (375 px wide) or a desktop page (1024 px, scaled to fit).
import { Box, Paper } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import type { ReactNode } from "react";

export type PreviewDevice = "phone" | "desktop";

const PHONE_WIDTH = 375;
const DESKTOP_WIDTH = 1024;

export function PreviewFrame({ device, children }: { device: PreviewDevice; children: ReactNode }) {
  const { ref, width } = useElementSize();
  if (device === "phone") {
    return (
      <Paper
        withBorder
        radius={28}
        mx="auto"
        w={PHONE_WIDTH + 20}
        maw="100%"
        p={10}
        bg="var(--mantine-color-dark-7)"
        data-testid="preview-frame"
        data-device="phone"
      >
        <Box bg="var(--mantine-color-body)" style={{ borderRadius: 20, height: 640, overflowY: "auto" }}>
          {children}
        </Box>
      </Paper>
    );
  }
  // CSS zoom (unlike transform) also scales layout, so the frame's height and scrolling stay right.
  const zoom = width > 0 ? Math.min(1, width / DESKTOP_WIDTH) : 1;
  return (
    <Paper
      ref={ref}
      withBorder
      radius="md"
      data-testid="preview-frame"
      data-device="desktop"
      style={{ overflow: "hidden" }}
    >
      <Box h={22} bg="var(--mantine-color-gray-2)" />
      <Box style={{ height: 640, overflowY: "auto" }}>
        <Box w={DESKTOP_WIDTH} style={{ zoom }}>
          <Box maw={680} mx="auto" py="lg">
            {children}
          </Box>
        </Box>
      </Box>
    </Paper>
  );
}
