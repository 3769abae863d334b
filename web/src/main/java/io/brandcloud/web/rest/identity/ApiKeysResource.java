package io.brandcloud.web.rest.identity;

import io.brandcloud.access.Scope;
import io.brandcloud.identity.application.ApiKeyView;
import io.brandcloud.identity.application.ApiKeys;
import io.brandcloud.identity.application.CreatedApiKey;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The caller's API keys. Managing keys needs a password login (session or Basic): a key cannot
 * create or revoke keys, so a leaked key cannot entrench itself.
 */
@Path("/v1/api-keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

  private static final String WHAT = "Managing API keys";

  @EJB ApiKeys keys;
  @Inject TenantApi api;

  /** What the caller asks for. */
  public record NewKey(String name, List<String> scopes, Instant expiresAt) {}

  /**
   * A key as listed: its prefix identifies it, the secret is never shown again; where and with what
   * client it was last used.
   */
  public record ApiKeyEntry(
      long id,
      Long organisationId,
      String name,
      String prefix,
      List<String> scopes,
      Instant expiresAt,
      Instant createdAt,
      Instant lastUsedAt,
      String lastUsedAddress,
      String lastUsedDevice,
      Instant revokedAt) {
    static ApiKeyEntry of(ApiKeyView key) {
      return new ApiKeyEntry(
          key.id(),
          key.organisationId(),
          key.name(),
          key.prefix(),
          key.scopes().stream().map(Scope::wireName).sorted().toList(),
          key.expiresAt(),
          key.createdAt(),
          key.lastUsedAt(),
          key.lastUsedAddress(),
          key.lastUsedDevice(),
          key.revokedAt());
    }
  }

  /** The answer to a creation, the only time the secret travels. */
  public record ApiNewKey(ApiKeyEntry key, String secret) {}

  @GET
  public ApiPage<ApiKeyEntry> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long user = api.interactive(WHAT).userId();
    return ApiPage.of(keys.list(user, PageRequest.of(page, limit)), ApiKeyEntry::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecretInResponse
  public Response create(NewKey body) {
    long user = api.interactive(WHAT).userId();
    NewKey request = RequestBodies.require(body);
    CreatedApiKey created =
        keys.create(user, request.name(), request.scopes(), request.expiresAt());
    return Response.status(Response.Status.CREATED)
        .entity(new ApiNewKey(ApiKeyEntry.of(created.key()), created.secret()))
        .build();
  }

  /** What revoking every key came to. */
  public record Revoked(int revoked) {}

  @DELETE
  public Revoked revokeAll() {
    return new Revoked(keys.revokeAll(api.interactive(WHAT).userId()));
  }

  @DELETE
  @Path("{id}")
  public ApiKeyEntry revoke(@PathParam("id") long id) {
    return ApiKeyEntry.of(keys.revoke(api.interactive(WHAT).userId(), id));
  }
}
