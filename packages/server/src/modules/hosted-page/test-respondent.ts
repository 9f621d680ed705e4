// A respondent's browser for tests over app.inject: keeps cookies, reads the page's form and posts it
// back with answers, follows redirects.
import type { LightMyRequestResponse } from "fastify";
import type { App } from "../../platform/http/app.ts";

export type Answers = Record<string, string | string[]>;

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

export class TestRespondent {
  readonly cookies = new Map<string, string>();
  last: LightMyRequestResponse | undefined;
  private readonly app: App;
  private readonly headers: Record<string, string>;

  constructor(app: App, headers: Record<string, string> = { "accept-language": "vi-VN,vi;q=0.9" }) {
    this.app = app;
    this.headers = headers;
  }

  get html(): string {
    return this.last?.body ?? "";
  }

  /** The page's own hidden fields (_page, _lang…), as the form would post them. */
  get meta(): Record<string, string> {
    const pairs = [...this.html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)];
    return Object.fromEntries(pairs.map(([, name = "", value = ""]) => [decode(name), decode(value)]));
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === "") this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    this.last = response;
    return response;
  }

  async open(url: string): Promise<LightMyRequestResponse> {
    const headers = { ...this.headers, ...(this.cookies.size > 0 ? { cookie: this.cookieHeader } : {}) };
    return this.remember(await this.app.inject({ method: "GET", url, headers }));
  }

  /** Posts the current page's form with these answers (and its hidden fields); does not follow the redirect. */
  async submit(answers: Answers, overrides: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const action = /<form method="post" action="([^"]+)"/.exec(this.html)?.[1];
    if (!action) throw new Error(`no form on the page:\n${this.html.slice(0, 500)}`);
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...this.meta, ...overrides })) body.append(name, value);
    for (const [name, value] of Object.entries(answers)) {
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    }
    return this.post(decode(action), body.toString());
  }

  async post(url: string, payload: string): Promise<LightMyRequestResponse> {
    const headers = {
      ...this.headers,
      "content-type": "application/x-www-form-urlencoded",
      ...(this.cookies.size > 0 ? { cookie: this.cookieHeader } : {}),
    };
    return this.remember(await this.app.inject({ method: "POST", url, headers, payload }));
  }

  /** Submits the page and opens where the redirect leads; fails when the answers were refused. */
  async answer(answers: Answers): Promise<LightMyRequestResponse> {
    const response = await this.submit(answers);
    if (response.statusCode !== 303) {
      throw new Error(`expected a redirect, got ${response.statusCode}:\n${response.body.slice(0, 2000)}`);
    }
    return this.open(String(response.headers.location));
  }
}
