// The signed-in caller, provided by the auth gate to everything inside the app shell.
import type { Me } from "@touchpoint/core";
import { createContext, type ReactNode, use } from "react";

const CurrentMeContext = createContext<Me | null>(null);

export function CurrentMeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <CurrentMeContext value={me}>{children}</CurrentMeContext>;
}

/** The signed-in caller; only valid below the auth gate, where GET /me has succeeded. */
export function useCurrentMe(): Me {
  const me = use(CurrentMeContext);
  if (!me) throw new Error("useCurrentMe used outside the auth gate");
  return me;
}
