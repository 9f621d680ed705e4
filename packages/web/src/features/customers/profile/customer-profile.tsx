// A customer's profile: header and actions, the merged or erased banner, "before you talk to them", then the
// tabs: the profile itself, its timeline, its merges.
import { Anchor, Stack, Tabs } from "@mantine/core";
import { IconArrowMerge, IconId, IconTimeline } from "@tabler/icons-react";
import { type Customer, can } from "@touchpoint/core";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { Messages } from "../../../i18n/en.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { ContextPanel } from "../context/context-panel.tsx";
import { MergesTab } from "../merge/merges-tab.tsx";
import { TimelineTab } from "../timeline/timeline-tab.tsx";
import { CustomerHeader } from "./customer-header.tsx";
import { ErasedBanner } from "./erased-banner.tsx";
import { MergedBanner } from "./merged-banner.tsx";
import { ProfileOverview } from "./profile-overview.tsx";

type ProfileTab = keyof Messages["customers"]["profile"]["tabs"];

interface ProfileTabDefinition {
  value: ProfileTab;
  icon: ComponentType<{ size?: number }>;
  panel: ComponentType<{ customer: Customer; editable: boolean }>;
}

/** The tabs of a profile, in order; the first is the one at /customers/:id. */
const PROFILE_TABS: readonly ProfileTabDefinition[] = [
  { value: "profile", icon: IconId, panel: ProfileOverview },
  { value: "timeline", icon: IconTimeline, panel: TimelineTab },
  { value: "merges", icon: IconArrowMerge, panel: MergesTab },
];

export function CustomerProfile({ customer, tab }: { customer: Customer; tab: string | undefined }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  // Merged and erased profiles are kept for their links and history; the API refuses changes to them.
  const editable = can(me.role, "customers.manage") && !customer.mergedInto && !customer.erasedAt;
  const [first] = PROFILE_TABS;
  const current = PROFILE_TABS.find((candidate) => candidate.value === tab) ?? first;
  const basePath = `/customers/${customer.id}`;

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to="/customers" size="sm" w="fit-content">
        {t("customers.profile.back")}
      </Anchor>
      <CustomerHeader customer={customer} editable={editable} />
      {customer.mergedInto && <MergedBanner mergedInto={customer.mergedInto} />}
      {/* A merged profile's context is its survivor's: it is read there, not here. */}
      {!customer.erasedAt && !customer.mergedInto && <ContextPanel customer={customer} />}
      {customer.erasedAt ? (
        <ErasedBanner erasedAt={customer.erasedAt} />
      ) : (
        <Tabs
          value={current?.value ?? null}
          onChange={(next) => void navigate(next && next !== first?.value ? `${basePath}/${next}` : basePath)}
          keepMounted={false}
        >
          {PROFILE_TABS.length > 1 && (
            <Tabs.List mb="md">
              {PROFILE_TABS.map(({ value, icon: Icon }) => (
                <Tabs.Tab
                  key={value}
                  value={value}
                  leftSection={<Icon size={16} />}
                  data-testid={`tab-${value}`}
                >
                  {t(`customers.profile.tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          )}
          {PROFILE_TABS.map(({ value, panel: Panel }) => (
            <Tabs.Panel key={value} value={value}>
              <Panel customer={customer} editable={editable} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
