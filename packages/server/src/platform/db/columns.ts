// Column builders every module's tables share.
import { timestamp } from "drizzle-orm/pg-core";

/** A point in time: always `timestamp with time zone`, so no session time zone can shift it. */
export const at = (name: string) => timestamp(name, { withTimezone: true });
