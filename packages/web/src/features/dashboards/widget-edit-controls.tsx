// The editor's buttons on a widget: move, resize and remove, each named for screen readers.
import { ActionIcon, Group, Tooltip } from "@mantine/core";
import {
  IconArrowDown,
  IconArrowLeft,
  IconArrowRight,
  IconArrowsHorizontal,
  IconArrowsMinimize,
  IconArrowsVertical,
  IconArrowUp,
  IconLayoutNavbarCollapse,
  IconTrash,
} from "@tabler/icons-react";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import type { Direction } from "./dashboard-edit.ts";

interface WidgetEditControlsProps {
  onMove: (direction: Direction) => void;
  onResize: (change: { w?: number; h?: number }) => void;
  onRemove: () => void;
}

type Icon = ComponentType<{ size?: number }>;
type Action = "moveUp" | "moveDown" | "moveLeft" | "moveRight" | "wider" | "narrower" | "taller" | "shorter";

export function WidgetEditControls({ onMove, onResize, onRemove }: WidgetEditControlsProps) {
  const { t } = useTranslation();
  const actions: [Action, Icon, () => void, string][] = [
    ["moveUp", IconArrowUp, () => onMove("up"), "up"],
    ["moveDown", IconArrowDown, () => onMove("down"), "down"],
    ["moveLeft", IconArrowLeft, () => onMove("left"), "left"],
    ["moveRight", IconArrowRight, () => onMove("right"), "right"],
    ["wider", IconArrowsHorizontal, () => onResize({ w: 1 }), "wider"],
    ["narrower", IconArrowsMinimize, () => onResize({ w: -1 }), "narrower"],
    ["taller", IconArrowsVertical, () => onResize({ h: 1 }), "taller"],
    ["shorter", IconLayoutNavbarCollapse, () => onResize({ h: -1 }), "shorter"],
  ];
  return (
    <Group gap={2} wrap="wrap" justify="flex-end" data-testid="widget-controls">
      {actions.map(([key, Icon, run, id]) => (
        <Tooltip key={key} label={t(`dashboards.edit.${key}`)} withArrow>
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={t(`dashboards.edit.${key}`)}
            onClick={run}
            data-testid={`widget-${id}`}
          >
            <Icon size={16} />
          </ActionIcon>
        </Tooltip>
      ))}
      <Tooltip label={t("dashboards.edit.remove")} withArrow>
        <ActionIcon
          variant="subtle"
          color="red"
          size="sm"
          aria-label={t("dashboards.edit.remove")}
          onClick={onRemove}
          data-testid="widget-remove"
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
