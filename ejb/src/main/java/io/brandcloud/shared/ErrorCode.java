package io.brandcloud.shared;

/**
 * Every expected failure a user can cause, with the HTTP status the REST API answers and the
 * message template ({@link String#format}) both the API and the Faces pages show.
 */
public enum ErrorCode {
  INVALID_INPUT(400, "%s"),
  NOT_FOUND(404, "%s was not found"),
  TENANT_NOT_FOUND(404, "No such portal"),
  TENANT_SUSPENDED(403, "This portal is suspended; please contact its provider"),
  MAINTENANCE(503, "This portal is down for maintenance; please try again later"),
  SLUG_TAKEN(409, "The slug '%s' is already taken"),
  DOMAIN_TAKEN(409, "The domain '%s' already belongs to a tenant"),
  EMAIL_TAKEN(409, "An account with the e-mail address '%s' already exists"),
  INVALID_CREDENTIALS(401, "E-mail address or password is wrong"),
  UNAUTHENTICATED(401, "Log in first"),
  FORBIDDEN(403, "You may not do that"),
  SIGNATURE_INVALID(401, "The request's signature is wrong or too old"),
  PROVIDER_TYPE_UNKNOWN(400, "Unknown provider type '%s'"),
  PLAN_INACTIVE(409, "The plan '%s' is not available"),
  INSUFFICIENT_FUNDS(402, "Your balance of %s does not cover %s; top up first"),
  CONFLICT(409, "%s"),
  QUOTA_EXCEEDED(409, "%s"),
  OVERDRAW_NOT_CONFIRMED(
      409,
      "This debit takes the balance from %s to %s; send it again with \"overdraw\": true to book it"
          + " anyway"),
  INVALID_SCOPE(400, "Unknown scope '%s'"),
  SCOPE_NOT_ALLOWED(403, "Your account cannot grant the scope '%s'"),
  INSUFFICIENT_SCOPE(403, "This API key lacks the scope '%s'"),
  INTERACTIVE_LOGIN_REQUIRED(403, "%s needs a password login, not an API key"),
  TERMS_OUTSTANDING(
      409,
      "The shop's %s changed since you last accepted them: read GET /v1/legal/outstanding and accept"
          + " them with POST /v1/legal/acceptances (logged in with a password, or on the portal)"
          + " before ordering"),
  RATE_LIMITED(429, "Too many requests; try again in %d seconds"),
  CONTACT_LIMITED(429, "Too many messages came through the contact form; try again in an hour"),
  IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was used for a different request"),
  IDEMPOTENCY_IN_PROGRESS(409, "A request with this Idempotency-Key is still being processed"),
  PAYLOAD_TOO_LARGE(413, "The request body is larger than %d bytes"),
  ACCOUNT_LOCKED(429, "Too many failed logins; try again after %s (UTC)"),
  EMAIL_UNVERIFIED(403, "Confirm your e-mail address %s first; we sent you a link and a code"),
  ACCOUNT_DISABLED(403, "This account is disabled; ask the shop's support why"),
  TWO_FACTOR_REQUIRED(
      401, "This account uses two-factor authentication: log in on the portal, or use an API key"),
  TWO_FACTOR_SETUP_REQUIRED(
      403, "This portal requires staff to turn on two-factor authentication (Account page) first"),
  PASSWORD_CHANGE_REQUIRED(
      403,
      "This account has a one-time password: choose your own on the portal's login page, or with"
          + " POST /api/v1/account/one-time-password"),
  NOT_WHILE_IMPERSONATING(403, "%s is not possible while acting as a customer"),
  MISSING_PERMISSION(403, "Your role in this organisation lacks the permission '%s'"),
  NO_ORGANISATION(403, "You belong to no organisation yet; create one or accept an invitation"),
  TOKEN_INVALID(400, "This link or code is wrong, used or expired; ask for a new one"),
  PROVIDER_FAILED(502, "The provider did not do it: %s"),
  GATEWAY_FAILED(502, "The payment gateway did not do it: %s"),
  CHAT_FAILED(502, "Discord did not do it: %s"),
  SERVER_STATE(409, "%s"),
  ACTION_NOT_OFFERED(409, "%s does not offer %s"),
  SERVER_BUSY(409, "The server has %d actions waiting; try again when they are done"),
  CONSOLES_IN_USE(409, "The server has %d consoles open; close one first"),
  JOB_RUNNING(409, "The %s run %s is still under way; start it again once it has ended"),
  /** A sign-up or order fraud screening refused: the message must not say which rule tripped. */
  NOT_ACCEPTED(
      403, "We cannot accept this request; please contact us if you think this is a mistake"),
  ORDER_UNDER_REVIEW(
      409, "We need to check this before we can accept it; please try again once we have"),
  ACCOUNT_UNDER_REVIEW(409, "We are still checking your account; you can order again once we have"),
  TOO_MANY_SERVER_ACTIONS(
      429, "This server was asked %d things in the last %d minutes; try again in %d seconds");

  private final int httpStatus;
  private final String template;

  ErrorCode(int httpStatus, String template) {
    this.httpStatus = httpStatus;
    this.template = template;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The code as the API spells it, e.g. {@code slug_taken}. */
  public String apiCode() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String message(Object... args) {
    return String.format(template, args);
  }
}
