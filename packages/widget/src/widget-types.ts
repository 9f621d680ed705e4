// Shapes the widget shares between its parts: a survey as the public API lists it, who the visitor is,
// and the small ports (clock, timers, storage) that tests replace with fakes.
import type { SurveyDefinition, WidgetSettings } from "@touchpoint/core";

/** One item of GET /public/workspaces/{workspace}/widget-surveys. */
export interface WidgetSurvey {
  slug: string;
  version: number;
  definition: SurveyDefinition;
}

/** What `Touchpoint.identify` was told; `id` becomes the customer's externalId. */
export interface Identity {
  id?: string;
  email?: string;
  phone?: string;
  name?: string;
  language?: string;
  attributes?: Record<string, string | number | boolean | null>;
  /** Hex HMAC-SHA256(workspace's widget identity secret, id) from the site's server: proves the id. */
  userHash?: string;
}

export interface Clock {
  now(): number;
}

/** Runs `run` after `ms` milliseconds; the returned function cancels it. */
export type SetTimer = (run: () => void, ms: number) => () => void;

/** JSON values kept across page loads (localStorage, or memory when the browser refuses storage). */
export interface JsonStore {
  read<T>(key: string): T | undefined;
  write(key: string, value: unknown): void;
  remove(key: string): void;
}

/** The widget settings with the schema's defaults, for definitions stored before a field existed. */
export function widgetSettingsOf(definition: SurveyDefinition): WidgetSettings {
  return {
    enabled: false,
    urlPatterns: [],
    events: [],
    delaySeconds: 0,
    exitIntent: false,
    samplingPercent: 100,
    recontactDays: 30,
    position: "bottom-right",
    ...definition.widget,
  };
}
