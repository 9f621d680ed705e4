// One widget of a saved dashboard in its frame: the body that fits its kind, read under the global filters.
import type { DashboardWidget } from "@touchpoint/core";
import type { ReactNode } from "react";
import { WidgetFrame } from "./widget-frame.tsx";
import type { WidgetScope } from "./widget-scope.ts";
import { BreakdownWidget } from "./widgets/breakdown-widget.tsx";
import { CommentsWidget } from "./widgets/comments-widget.tsx";
import { DistributionWidget } from "./widgets/distribution-widget.tsx";
import { DriversWidget } from "./widgets/drivers-widget.tsx";
import { HeatmapWidget } from "./widgets/heatmap-widget.tsx";
import { KpiWidget } from "./widgets/kpi-widget.tsx";
import { TrendWidget } from "./widgets/trend-widget.tsx";

interface WidgetViewProps {
  widget: DashboardWidget;
  scope: WidgetScope;
  fieldError?: { path: string; message: string } | undefined;
  controls?: ReactNode;
}

function WidgetBody({ widget, scope }: { widget: DashboardWidget; scope: WidgetScope }) {
  switch (widget.kind) {
    case "kpi":
      return <KpiWidget query={widget.query} scope={scope} />;
    case "trend":
      return <TrendWidget query={widget.query} scope={scope} />;
    case "breakdown":
      return <BreakdownWidget query={widget.query} scope={scope} />;
    case "heatmap":
      return <HeatmapWidget rows={widget.rows} scope={scope} />;
    case "drivers":
      return <DriversWidget request={widget.request} scope={scope} columns={widget.layout.w} />;
    case "distribution":
      return <DistributionWidget surveyId={widget.surveyId} questionId={widget.questionId} scope={scope} />;
    case "comments":
      return <CommentsWidget widget={widget} scope={scope} />;
  }
}

export function WidgetView({ widget, scope, fieldError, controls }: WidgetViewProps) {
  return (
    <WidgetFrame widget={widget} fieldError={fieldError} controls={controls}>
      <WidgetBody widget={widget} scope={scope} />
    </WidgetFrame>
  );
}
