// HTTP routes of the hosted survey page (/s/:slug): public, HTML in and out, no JavaScript. GET shows where
// the respondent is; POST takes one page of answers and redirects (303) to what comes next.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { parseForm } from "./form-fields.ts";
import { CONTENT_SECURITY_POLICY } from "./render-document.ts";
import { renderStatusPage, statusLanguage, statusPageFor } from "./render-status.ts";
import type { HostedPageDeps, Outcome } from "./respondent.ts";
import { setRespondentCookie } from "./respondent-cookie.ts";
import { showSurvey } from "./show-survey.ts";
import { submitPage } from "./submit-page.ts";

const params = z.object({ slug: z.string().min(1).max(200) });
const query = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const form = z.record(z.string(), z.array(z.string()));

const PAGE_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  // Pages show a respondent's own answers: never kept by a shared cache or the browser's history cache.
  "cache-control": "no-store",
  // Links carry hidden fields (order ids…): they do not travel to other sites in the Referer header.
  "referrer-policy": "same-origin",
  "x-content-type-options": "nosniff",
};

const firstValues = (values: Record<string, string | string[]>) =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
  );

function send(request: FastifyRequest, reply: FastifyReply, outcome: Outcome) {
  reply.headers(PAGE_HEADERS);
  const { cookie } = outcome;
  if (cookie?.value) {
    setRespondentCookie(reply, request.protocol === "https", { name: cookie.name, value: cookie.value });
  } else if (cookie) {
    reply.clearCookie(cookie.name, { path: "/s/" });
  }
  if (outcome.kind === "redirect") return reply.redirect(outcome.location, 303);
  return reply.status(outcome.status).type("text/html; charset=utf-8").send(outcome.html);
}

export async function registerHostedPageRoutes(app: FastifyInstance, deps: HostedPageDeps) {
  await app.register(async (scope) => {
    // Plain HTML forms post urlencoded bodies; the parser lives in this scope only, under the app's body limit.
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) => done(null, parseForm(String(body))),
    );
    scope.setErrorHandler((error, request, reply) => {
      const page = statusPageFor(error);
      if (page.unexpected) request.log.error({ err: error }, "hosted page failed");
      const requested = (request.query as Record<string, unknown> | undefined)?.lang;
      const language = statusLanguage(
        typeof requested === "string" ? requested : undefined,
        request.headers["accept-language"],
      );
      return reply
        .headers(PAGE_HEADERS)
        .status(page.status)
        .type("text/html; charset=utf-8")
        .send(renderStatusPage(page.kind, language));
    });

    const routes = scope.withTypeProvider<ZodTypeProvider>();
    routes.get(
      "/s/:slug",
      { config: { public: true }, schema: { hide: true, params, querystring: query } },
      async (request, reply) =>
        send(
          request,
          reply,
          await showSurvey(deps, {
            slug: request.params.slug,
            query: firstValues(request.query),
            cookies: request.cookies,
            acceptLanguage: request.headers["accept-language"],
          }),
        ),
    );
    routes.post(
      "/s/:slug",
      { config: { public: true }, schema: { hide: true, params, body: form } },
      async (request, reply) =>
        send(
          request,
          reply,
          await submitPage(deps, { slug: request.params.slug, form: request.body, cookies: request.cookies }),
        ),
    );
  });
}
