// How a sentiment looks wherever feedback shows it: a colour and an icon, so it never rests on colour alone.
import type { MantineColor } from "@mantine/core";
import { IconMoodConfuzed, IconMoodEmpty, IconMoodSad, IconMoodSmile } from "@tabler/icons-react";
import type { Sentiment } from "@touchpoint/core";
import type { ComponentType } from "react";

export type ShownSentiment = Sentiment | "mixed";

export const SENTIMENT_LOOK: Record<
  ShownSentiment,
  { color: MantineColor; icon: ComponentType<{ size?: number; stroke?: number; "aria-hidden"?: boolean }> }
> = {
  negative: { color: "red", icon: IconMoodSad },
  neutral: { color: "gray", icon: IconMoodEmpty },
  positive: { color: "teal", icon: IconMoodSmile },
  mixed: { color: "orange", icon: IconMoodConfuzed },
};
