// Consent per channel: granted, withdrawn or not known yet, with where and when it was recorded.
import { Divider, Stack } from "@mantine/core";
import { CONSENT_CHANNELS, type Customer } from "@touchpoint/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { ConsentRow } from "./consent-row.tsx";
import { ProfileSection } from "./profile-section.tsx";

export function ConsentSection({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <ProfileSection
      title={t("customers.consent.title")}
      description={t("customers.consent.intro")}
      testId="customer-consent-section"
    >
      <Stack gap="sm">
        {CONSENT_CHANNELS.map((channel, index) => (
          <Fragment key={channel}>
            {index > 0 && <Divider />}
            <ConsentRow customer={customer} channel={channel} editable={editable} />
          </Fragment>
        ))}
      </Stack>
    </ProfileSection>
  );
}
