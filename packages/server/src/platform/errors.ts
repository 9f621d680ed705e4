// Typed domain errors; one HTTP error handler turns them into RFC 9457 problems.
export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, errors: FieldError[] = []) {
    super(400, "validation_failed", message, { errors });
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Log in or send an API key to use this resource.", code = "unauthenticated") {
    super(401, code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Your role does not allow this action.") {
    super(403, "forbidden", message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(404, "not_found", `${what} was not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, code = "conflict") {
    super(409, code, message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number, code = "too_many_requests") {
    super(429, code, message, { headers: { "retry-after": String(retryAfterSeconds) } });
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message = "The database is unreachable; try again shortly.") {
    super(503, "service_unavailable", message);
  }
}
