/**
 * Domain errors. One error handler in the Hono app maps them to HTTP statuses;
 * messages are written for people and never echo the input.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class NotFound extends DomainError {
  constructor(message = "Not found") {
    super("not_found", message);
  }
}
export class Forbidden extends DomainError {
  constructor(message = "You are not allowed to do this") {
    super("forbidden", message);
  }
}
export class Unauthorized extends DomainError {
  constructor(message = "Sign in first") {
    super("unauthorized", message);
  }
}
export class Conflict<T = unknown> extends DomainError {
  constructor(
    message = "Someone else changed this first",
    readonly current?: T,
  ) {
    super("conflict", message);
  }
}
export class Invalid extends DomainError {
  constructor(message = "The request is not valid") {
    super("invalid", message);
  }
}
/** A platform payload that does not have the documented shape. Maps to 400. */
export class InvalidPayload extends DomainError {
  constructor(message = "The payload does not have the documented shape") {
    super("invalid_payload", message);
  }
}
export class TooManyRequests extends DomainError {
  constructor(
    message = "Too many attempts, try again later",
    readonly retryAfterSeconds = 60,
  ) {
    super("rate_limited", message);
  }
}
export class StoreUnavailable extends DomainError {
  constructor(message = "The data store is not answering; try again shortly") {
    super("store_unavailable", message);
  }
}
/** A webhook or integration whose secret is not set on this deployment. Maps to 503. */
export class NotConfigured extends DomainError {
  constructor(message = "This integration is not configured on the server") {
    super("not_configured", message);
  }
}
