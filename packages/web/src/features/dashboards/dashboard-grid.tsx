// The saved dashboard's grid: widgets on 12 columns at their layout's cells on wide screens, one column in
// reading order (row, then column) on narrow ones, so a phone never scrolls sideways.
import { Box } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { DashboardWidget } from "@touchpoint/core";
import type { ReactNode } from "react";
import { gridArea, inReadingOrder } from "./widget-grid.ts";

/** Below this width 12 columns are narrower than a KPI's figure. */
const WIDE = "(min-width: 62em)";

interface DashboardGridProps {
  widgets: readonly DashboardWidget[];
  render: (widget: DashboardWidget) => ReactNode;
}

export function DashboardGrid({ widgets, render }: DashboardGridProps) {
  const wide = useMediaQuery(WIDE, false, { getInitialValueInEffect: false });
  return (
    <Box
      data-testid="dashboard-grid"
      data-layout={wide ? "grid" : "column"}
      style={{
        display: "grid",
        gap: "var(--mantine-spacing-md)",
        gridTemplateColumns: wide ? "repeat(12, minmax(0, 1fr))" : "minmax(0, 1fr)",
        gridAutoRows: wide ? "minmax(56px, auto)" : "auto",
      }}
    >
      {inReadingOrder(widgets).map((widget) => (
        <Box key={widget.id} miw={0} style={wide ? gridArea(widget.layout) : undefined}>
          {render(widget)}
        </Box>
      ))}
    </Box>
  );
}
