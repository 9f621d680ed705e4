// The fictional bank behind the demo: its branches, the channels customers answer on, its calendar (a year
// ending on the seed's clock, in Vietnamese local time) and the app release that goes wrong.

export const BRANCHES = [
  { name: "Hoàn Kiếm", city: "Hà Nội", weight: 14, waitEffect: -0.35 },
  { name: "Cầu Giấy", city: "Hà Nội", weight: 12, waitEffect: 0 },
  { name: "Long Biên", city: "Hà Nội", weight: 8, waitEffect: 0.1 },
  { name: "Quận 1", city: "TP.HCM", weight: 18, waitEffect: -0.45 },
  { name: "Quận 7", city: "TP.HCM", weight: 13, waitEffect: 0 },
  { name: "Thủ Đức", city: "TP.HCM", weight: 12, waitEffect: 0.1 },
  { name: "Hải Châu", city: "Đà Nẵng", weight: 13, waitEffect: 0.2 },
  { name: "Ninh Kiều", city: "Cần Thơ", weight: 10, waitEffect: 0.3 },
] as const;
export type Branch = (typeof BRANCHES)[number];

/** Channel values of the responses module: in-app, web, email link, branch tablet, call-centre IVR. */
export const DEMO_CHANNELS = ["app", "web", "email", "branch", "phone"] as const;
export type DemoChannel = (typeof DEMO_CHANNELS)[number];

/**
 * Relationship-survey answers a day per channel, and how the weekday changes them (Sunday first):
 * branches close on Sunday and half of Saturday, the call centre is quiet at weekends.
 */
export const CHANNEL_DAILY: Record<DemoChannel, { perDay: number; weekday: readonly number[] }> = {
  app: { perDay: 4, weekday: [0.75, 1.1, 1.05, 1.05, 1.05, 1.1, 0.9] },
  web: { perDay: 1.95, weekday: [0.55, 1.2, 1.15, 1.1, 1.1, 1.05, 0.6] },
  email: { perDay: 1.7, weekday: [0.5, 1.3, 1.2, 1.1, 1.1, 1, 0.5] },
  branch: { perDay: 1.55, weekday: [0, 1.25, 1.2, 1.2, 1.2, 1.25, 0.6] },
  phone: { perDay: 0.9, weekday: [0.4, 1.25, 1.15, 1.15, 1.15, 1.1, 0.6] },
};

const DAY_MS = 86_400_000;
/** Vietnam keeps UTC+7 all year. */
const LOCAL_OFFSET_MS = 7 * 3_600_000;

export const DEMO_DAYS = 365;

/** The start (a UTC instant) of each local day of the year ending with the day `now` falls in, oldest first. */
export function demoDays(now: Date): { start: number; weekday: number; index: number }[] {
  const today = Math.floor((now.getTime() + LOCAL_OFFSET_MS) / DAY_MS) * DAY_MS - LOCAL_OFFSET_MS;
  return Array.from({ length: DEMO_DAYS }, (_, index) => {
    const start = today - (DEMO_DAYS - 1 - index) * DAY_MS;
    return { start, weekday: new Date(start + LOCAL_OFFSET_MS).getUTCDay(), index };
  });
}

/** An instant `hours` after a local day's start. */
export const atLocalHour = (dayStart: number, hours: number) => new Date(dayStart + hours * 3_600_000);

/**
 * The planted problem: app version 5.0 ships on the Tuesday on or before 90 days ago, and from that day
 * logins fail and OTPs arrive late for customers who use the app. Returns the instant the release went out.
 */
export function appReleaseDate(now: Date): Date {
  const days = demoDays(now);
  const target = days[DEMO_DAYS - 1 - 90] as (typeof days)[number];
  const back = (target.weekday - 2 + 7) % 7;
  return atLocalHour(target.start - back * DAY_MS, 0);
}
