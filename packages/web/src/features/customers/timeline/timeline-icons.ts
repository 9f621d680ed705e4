// Icons and colours of timeline items: an interaction by its channel, coloured by its outcome; a profile
// event by its type; a response by its tone.
import {
  IconArrowMerge,
  IconArrowsSplit,
  IconBuildingBank,
  IconBuildingStore,
  IconCircleCheck,
  IconCircleMinus,
  IconCircleX,
  IconDeviceMobile,
  IconDots,
  IconMail,
  IconMessage,
  IconMessages,
  IconPencil,
  IconPhone,
  IconShare,
  IconShieldCheck,
  IconShieldX,
  IconUserPlus,
  IconWorld,
} from "@tabler/icons-react";
import type { InteractionChannel, InteractionOutcome } from "@touchpoint/core";
import type { ComponentType } from "react";

type Icon = ComponentType<{ size?: number; stroke?: number }>;

export const CHANNEL_ICONS: Record<InteractionChannel, Icon> = {
  web: IconWorld,
  app: IconDeviceMobile,
  email: IconMail,
  sms: IconMessage,
  phone: IconPhone,
  branch: IconBuildingBank,
  store: IconBuildingStore,
  chat: IconMessages,
  social: IconShare,
  other: IconDots,
};

export const OUTCOME_STYLES: Record<InteractionOutcome, { icon: Icon; color: string }> = {
  success: { icon: IconCircleCheck, color: "teal" },
  failure: { icon: IconCircleX, color: "red" },
  abandoned: { icon: IconCircleMinus, color: "orange" },
};

const EVENT_ICONS: Record<string, Icon> = {
  created: IconUserPlus,
  updated: IconPencil,
  consent_changed: IconShieldCheck,
  merged: IconArrowMerge,
  unmerged: IconArrowsSplit,
  erased: IconShieldX,
};

export const eventIconOf = (type: string): Icon => EVENT_ICONS[type] ?? IconPencil;
