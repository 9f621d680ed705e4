// The sign-in page: email and password, the language switch, and the reason a session ended if it did.
import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { fieldError } from "../../api/describe-error.ts";
import { LanguageSwitch } from "../../shell/language-switch.tsx";
import { PageTitle } from "../../ui/page-title.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { ME_QUERY_KEY, useLogin } from "./auth-queries.ts";
import { readLoginLocationState } from "./login-location-state.ts";

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { from, expired } = readLoginLocationState(location.state);
  // Only a session that is known to be open; data kept from before a 401 does not count.
  const signedIn = useQueryClient().getQueryState(ME_QUERY_KEY)?.status === "success";
  const login = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  if (signedIn && !login.isSuccess) return <Navigate to={from ?? "/"} replace />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => navigate(from ?? "/", { replace: true }) });
  }

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Box w="100%" maw={420}>
        <Group justify="space-between" mb="lg">
          <Title order={3} c="blue.7">
            {t("app.name")}
          </Title>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <PageTitle>{t("auth.title")}</PageTitle>
                <Text c="dimmed" size="sm" mt={4}>
                  {t("auth.subtitle")}
                </Text>
              </div>
              {expired && !login.error && <Alert color="yellow">{t("auth.sessionExpired")}</Alert>}
              {login.error && <ProblemAlert error={login.error} />}
              <TextInput
                label={t("auth.email")}
                placeholder={t("auth.emailPlaceholder")}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldError(login.error, "email")}
                data-testid="login-email"
              />
              <PasswordInput
                label={t("auth.password")}
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldError(login.error, "password")}
                data-testid="login-password"
              />
              <Button type="submit" loading={login.isPending} fullWidth data-testid="login-submit">
                {t("auth.submit")}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Box>
    </Center>
  );
}
