// A sentiment as a badge: icon, word and colour.
import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SENTIMENT_LOOK, type ShownSentiment } from "./sentiment-look.ts";

export function SentimentBadge({
  sentiment,
  size = "sm",
  testId,
}: {
  sentiment: ShownSentiment;
  size?: BadgeProps["size"];
  testId?: string;
}) {
  const { t } = useTranslation();
  const { color, icon: Icon } = SENTIMENT_LOOK[sentiment];
  return (
    <Badge
      size={size}
      variant="light"
      color={color}
      leftSection={<Icon size={14} aria-hidden />}
      data-testid={testId}
      data-sentiment={sentiment}
    >
      {t(`feedback.sentiments.${sentiment}`)}
    </Badge>
  );
}
