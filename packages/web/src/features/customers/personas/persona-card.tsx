// A persona in the gallery: picture (or initials), name, quote, a line of description and the segments it
// stands for; the whole card opens the persona.
import { Avatar, Badge, Blockquote, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { Persona, Segment } from "@touchpoint/core";
import { Link } from "react-router";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { initialsOf, usePersonaText } from "./persona-text.ts";

export function PersonaCard({ persona, segments }: { persona: Persona; segments: readonly Segment[] }) {
  const text = usePersonaText();
  const name = text(persona.name);
  const quote = text(persona.quote);
  const description = text(persona.description);
  const standsFor = (persona.segmentIds ?? [])
    .map((id) => segments.find((segment) => segment.id === id))
    .filter((segment): segment is Segment => segment !== undefined);
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component={Link}
      to={`${CUSTOMER_SECTIONS.personas}/${persona.id}`}
      h="100%"
      data-testid="persona-card"
    >
      <Stack gap="sm" h="100%">
        <Group gap="md" wrap="nowrap" align="center">
          <Avatar
            src={persona.pictureUrl || null}
            alt={name}
            size={64}
            radius="xl"
            color="initials"
            name={name}
          >
            {initialsOf(name)}
          </Avatar>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={4} lineClamp={2}>
              {name}
            </Title>
            {description && (
              <Text size="sm" c="dimmed" lineClamp={2}>
                {description}
              </Text>
            )}
          </Stack>
        </Group>
        {quote && (
          <Blockquote p="sm" radius="sm" color="teal" fz="sm" style={{ fontStyle: "italic" }}>
            “{quote}”
          </Blockquote>
        )}
        {standsFor.length > 0 && (
          <Group gap={4} mt="auto">
            {standsFor.map((segment) => (
              <Badge key={segment.id} variant="light" tt="none">
                {segment.name}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
