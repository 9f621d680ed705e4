// The colour of each key-driver quadrant, shared by the map's points and the table's badges; the quadrant's
// name is always written beside it, so colour is never the only cue.
import type { AnalyticsDriver } from "@touchpoint/core";

export const QUADRANT_COLOURS: Record<AnalyticsDriver["quadrant"], string> = {
  priority: "red",
  strength: "teal",
  maintain: "blue",
  secondary: "gray",
};
