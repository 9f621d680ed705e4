// Loads the signed-in caller before the app shell renders; sends anyone not signed in to /login.
import { Center, Container } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { isUnauthenticated } from "../../api/describe-error.ts";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useMeQuery } from "./auth-queries.ts";
import { CurrentMeProvider } from "./current-me.tsx";
import type { LoginLocationState } from "./login-location-state.ts";

export function AuthGate() {
  const location = useLocation();
  const me = useMeQuery();

  if (isUnauthenticated(me.error)) {
    // Data from before the 401 means the session was open and has since ended.
    const state: LoginLocationState = {
      from: location.pathname + location.search,
      expired: me.data !== undefined,
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (me.data) {
    return (
      <CurrentMeProvider me={me.data}>
        <Outlet />
      </CurrentMeProvider>
    );
  }
  if (me.error) {
    return (
      <Container size="sm">
        <Center h="100vh">
          <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
        </Center>
      </Container>
    );
  }
  return <LoadingState fullScreen />;
}
