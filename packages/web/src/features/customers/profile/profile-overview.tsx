// The "Profile" tab: identities and attributes on the left, consent and preferences on the right.
import { Grid, Stack } from "@mantine/core";
import type { Customer } from "@touchpoint/core";
import { AttributesSection } from "./attributes-section.tsx";
import { ConsentSection } from "./consent-section.tsx";
import { IdentitiesSection } from "./identities-section.tsx";
import { PreferencesSection } from "./preferences-section.tsx";

export function ProfileOverview({ customer, editable }: { customer: Customer; editable: boolean }) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <IdentitiesSection customer={customer} editable={editable} />
          <AttributesSection customer={customer} editable={editable} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <ConsentSection customer={customer} editable={editable} />
          <PreferencesSection customer={customer} editable={editable} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
