package io.brandcloud.web.rest;

import io.brandcloud.api.IdempotencyRecords;
import io.brandcloud.api.IdempotencyRecords.Claim;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on POSTs: the first request with a key is carried out and its answer
 * kept; a retry with the same key and body gets that answer again, marked {@code
 * Idempotent-Replayed: true}, without doing anything twice.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
  private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";

  @EJB IdempotencyRecords records;
  @Inject CurrentLogin currentLogin;
  @Context HttpServletRequest servletRequest;
  @Context ResourceInfo resource;

  private record Claimed(TenantContext tenant, String principal, String key) {}

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod())) {
      return;
    }
    if (!VALID_KEY.matcher(key).matches()) {
      request.abortWith(
          ApiError.response(
              400,
              "invalid_idempotency_key",
              "Idempotency-Key has 1 to 255 visible ASCII characters",
              Map.of("header", HEADER)));
      return;
    }
    if (resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(SecretInResponse.class)) {
      request.abortWith(
          ApiError.response(
              400,
              "idempotency_not_supported",
              "This call answers with a secret that is shown once; send it without "
                  + HEADER
                  + " and check the list before retrying",
              Map.of("header", HEADER)));
      return;
    }
    if (!(servletRequest.getAttribute(Edge.ATTRIBUTE) instanceof Edge edge)
        || edge.tenant().isEmpty()) {
      return;
    }
    String principal = currentLogin.login().map(SessionLogin::principal).orElse(null);
    if (principal == null) {
      return;
    }
    TenantContext tenant = edge.tenant().get();
    Claim claim =
        CurrentTenant.supplyAs(tenant, () -> records.claim(principal, key, hash(request)));
    if (claim instanceof IdempotencyRecords.Granted) {
      request.setProperty(CLAIMED, new Claimed(tenant, principal, key));
    } else if (claim instanceof IdempotencyRecords.Replay replay) {
      request.abortWith(
          Response.status(replay.status())
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(replay.body())
              .header("Idempotent-Replayed", "true")
              .build());
    } else if (claim instanceof IdempotencyRecords.InProgress) {
      abort(request, ErrorCode.IDEMPOTENCY_IN_PROGRESS);
    } else {
      abort(request, ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
      return;
    }
    if (response.getStatus() >= 500 || worthRetrying(response)) {
      CurrentTenant.runAs(
          claimed.tenant(), () -> records.release(claimed.principal(), claimed.key()));
      return;
    }
    Object entity = response.getEntity();
    String body =
        entity == null
            ? null
            : entity instanceof String text ? text : StrictJson.jsonb().toJson(entity);
    CurrentTenant.runAs(
        claimed.tenant(),
        () -> records.complete(claimed.principal(), claimed.key(), response.getStatus(), body));
  }

  /**
   * An answer that asks the client to do something first and send the same request again (wait out
   * a limit, accept the shop's changed terms) is not kept: the retry is carried out.
   */
  private static boolean worthRetrying(ContainerResponseContext response) {
    return response.getStatus() == 429
        || response.getEntity() instanceof ApiError error
            && ErrorCode.TERMS_OUTSTANDING.apiCode().equals(error.error().code());
  }

  private static String hash(ContainerRequestContext request) {
    byte[] body = (byte[]) request.getProperty(RequestBodyFilter.BODY);
    // the body by its digest, so a binary upload counts byte for byte, and the query too (a file's
    // name travels there)
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    return SecretTokens.sha256(
        request.getMethod()
            + " "
            + request.getUriInfo().getRequestUri().getRawPath()
            + (query == null ? "" : "?" + query)
            + "\n"
            + SecretTokens.sha256(body == null ? new byte[0] : body));
  }

  private static void abort(ContainerRequestContext request, ErrorCode code) {
    request.abortWith(
        ApiError.response(
            code.httpStatus(), code.apiCode(), code.message(), Map.of("header", HEADER)));
  }
}
