// /customers/segments/new and /customers/segments/:id: loads the segment (when it exists) and the attribute
// definitions the rules are typed by, then the builder.
import { Anchor, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useAttributeDefinitions } from "../attribute-definitions-queries.ts";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { SegmentEditor } from "./segment-editor.tsx";
import { useSegment } from "./segment-queries.ts";

export function SegmentEditorPage() {
  const { t } = useTranslation();
  const { id = "new" } = useParams();
  const segmentId = id === "new" ? null : id;
  const segment = useSegment(segmentId);
  const definitions = useAttributeDefinitions();
  const failed = segment.error ?? definitions.error;

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to={CUSTOMER_SECTIONS.segments} size="sm" w="fit-content">
        {t("customers.segments.editor.back")}
      </Anchor>
      {failed ? (
        <ProblemAlert error={failed} />
      ) : !definitions.data || (segmentId && !segment.data) ? (
        <LoadingState />
      ) : (
        <SegmentEditor
          key={segmentId ?? "new"}
          segment={segment.data ?? null}
          definitions={definitions.data}
        />
      )}
    </Stack>
  );
}
