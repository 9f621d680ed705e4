// The segment builder: name and description, match all or any, the rules by kind with inputs typed by the
// attribute definitions, and a live preview (count and first customers) a moment after each change. Saving
// creates or replaces the segment; the server's problems with a rule are shown at that rule.
import { Button, Grid, Group, Menu, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { type AttributeDefinition, can, type Segment } from "@touchpoint/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { notifySuccess } from "../../../ui/notify.ts";
import { PageTitle } from "../../../ui/page-title.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { DeleteSegmentButton } from "./delete-segment-button.tsx";
import { SegmentPreviewPanel } from "./segment-preview-panel.tsx";
import { useSaveSegment, useSegmentPreview } from "./segment-queries.ts";
import {
  newRuleDraft,
  RULE_KINDS,
  type RuleDraft,
  type RuleProblems,
  type SegmentDraft,
  segmentDefinitionOf,
  segmentDraftOf,
  serverRuleProblems,
} from "./segment-rule-draft.ts";
import { SegmentRuleRow } from "./segment-rule-row.tsx";

/** An empty input is pointed out only once saving was tried; an input that cannot be read, at once. */
function shownProblems(problems: RuleProblems | undefined, tried: boolean): RuleProblems {
  return Object.fromEntries(
    Object.entries(problems ?? {}).filter(([, problem]) => tried || problem !== "required"),
  );
}

/** Long enough not to count on every key, short enough to feel live. */
const PREVIEW_PAUSE_MS = 400;

interface SegmentEditorProps {
  segment: Segment | null;
  definitions: AttributeDefinition[];
}

export function SegmentEditor({ segment, definitions }: SegmentEditorProps) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const readOnly = !can(me.role, "customers.manage");
  const save = useSaveSegment(segment?.id ?? null);
  const [name, setName] = useState(segment?.name ?? "");
  const [description, setDescription] = useState(segment?.description ?? "");
  const [draft, setDraft] = useState<SegmentDraft>(() =>
    segment
      ? segmentDraftOf(segment.definition)
      : { match: "all", rules: [newRuleDraft("score", definitions)] },
  );
  const [nameMissing, setNameMissing] = useState(false);
  const [tried, setTried] = useState(false);

  const read = useMemo(() => segmentDefinitionOf(draft, definitions), [draft, definitions]);
  // The preview follows the rules a moment behind; until it catches up it shows the last count.
  const [settled] = useDebouncedValue(read.definition, PREVIEW_PAUSE_MS);
  const settling = JSON.stringify(settled) !== JSON.stringify(read.definition);
  const preview = useSegmentPreview(settled);
  const previewError =
    preview.error instanceof ApiError && preview.error.status === 422 ? preview.error : null;
  const saveError = save.error instanceof ApiError ? save.error : null;
  const server = serverRuleProblems([
    ...(saveError?.fieldErrors ?? []),
    ...(previewError?.fieldErrors ?? []),
  ]);

  const setRule = (index: number, rule: RuleDraft) =>
    setDraft((current) => ({
      ...current,
      rules: current.rules.map((old, at) => (at === index ? rule : old)),
    }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    setNameMissing(!name.trim());
    if (!name.trim() || !read.definition) return;
    const input = {
      name: name.trim(),
      description: description.trim() || undefined,
      definition: read.definition,
    };
    save.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(t("customers.segments.editor.saved", { name: saved.name }));
        void navigate(CUSTOMER_SECTIONS.segments);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <PageTitle>
            {segment
              ? t("customers.segments.editor.editTitle", { name: segment.name })
              : t("customers.segments.editor.newTitle")}
          </PageTitle>
          {segment && !readOnly && <DeleteSegmentButton segment={segment} />}
        </Group>
        {readOnly && <Text c="dimmed">{t("customers.segments.editor.readOnly")}</Text>}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
              <Stack gap="md">
                <TextInput
                  label={t("customers.segments.editor.name")}
                  placeholder={t("customers.segments.editor.namePlaceholder")}
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  error={nameMissing ? t("customers.segments.editor.nameRequired") : undefined}
                  maw={520}
                  data-testid="segment-name"
                />
                <Textarea
                  label={t("customers.segments.editor.description")}
                  placeholder={t("customers.segments.editor.descriptionPlaceholder")}
                  value={description}
                  onChange={(event) => setDescription(event.currentTarget.value)}
                  autosize
                  minRows={2}
                  maw={720}
                />
                <Group gap="sm">
                  <Text size="sm" fw={500}>
                    {t("customers.segments.editor.match")}
                  </Text>
                  <SegmentedControl
                    value={draft.match}
                    onChange={(value) =>
                      setDraft((current) => ({ ...current, match: value === "any" ? "any" : "all" }))
                    }
                    data={[
                      { value: "all", label: t("customers.segments.editor.all") },
                      { value: "any", label: t("customers.segments.editor.any") },
                    ]}
                    data-testid="segment-match"
                  />
                </Group>
              </Stack>
            </fieldset>
            <Stack gap="sm" mt="md">
              {draft.rules.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t("customers.segments.editor.noRules")}
                </Text>
              )}
              {draft.rules.map((rule, index) => (
                <SegmentRuleRow
                  // Rules have no id; the index is their identity while they are edited in place.
                  // biome-ignore lint/suspicious/noArrayIndexKey: rules are edited in place and removed by index
                  key={index}
                  index={index}
                  draft={rule}
                  definitions={definitions}
                  readOnly={readOnly}
                  errors={{
                    problems: shownProblems(read.problems[index], tried),
                    server: server[index] ?? {},
                  }}
                  onChange={(next) => setRule(index, next)}
                  onRemove={() =>
                    setDraft((current) => ({
                      ...current,
                      rules: current.rules.filter((_, at) => at !== index),
                    }))
                  }
                />
              ))}
              {!readOnly && (
                <Menu position="bottom-start">
                  <Menu.Target>
                    <Button
                      variant="light"
                      w="fit-content"
                      leftSection={<IconPlus size={16} />}
                      disabled={draft.rules.length >= 20}
                      data-testid="segment-add-rule"
                    >
                      {t("customers.segments.editor.addRule")}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {RULE_KINDS.map((kind) => (
                      <Menu.Item
                        key={kind}
                        onClick={() =>
                          setDraft((current) => ({
                            ...current,
                            rules: [...current.rules, newRuleDraft(kind, definitions)],
                          }))
                        }
                        data-testid={`segment-add-${kind}`}
                      >
                        {t(`customers.segments.kinds.${kind}`)}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <SegmentPreviewPanel
              preview={preview}
              complete={read.definition !== null}
              settling={settling}
              refused={previewError !== null}
            />
          </Grid.Col>
        </Grid>
        {save.error ? (
          <CustomerProblemAlert error={save.error} placed={(path) => /rules[./]\d/.test(path)} />
        ) : null}
        {previewError && !save.error ? (
          <CustomerProblemAlert error={previewError} placed={(path) => /rules[./]\d/.test(path)} />
        ) : null}
        {!readOnly && (
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => void navigate(CUSTOMER_SECTIONS.segments)}
              disabled={save.isPending}
            >
              {t("app.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="segment-save">
              {t("customers.segments.editor.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
