package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.keys.application.SshKeyView;
import io.brandcloud.provisioning.keys.application.SshKeys;
import io.brandcloud.web.rest.RequestBodies;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The SSH public keys of the caller's organisation, chosen by id ({@code sshKeyIds}) when a server
 * is created or rebuilt.
 */
@Path("/v1/ssh-keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SshKeysResource {

  @EJB SshKeys keys;
  @Inject TenantApi api;

  /** A key on the wire; {@code fingerprint} is OpenSSH's SHA-256 form. */
  public record ApiSshKey(
      long id,
      String name,
      String type,
      int bits,
      String fingerprint,
      String publicKey,
      Instant createdAt) {

    static ApiSshKey of(SshKeyView key) {
      return new ApiSshKey(
          key.id(),
          key.name(),
          key.type(),
          key.bits(),
          key.fingerprint(),
          key.publicKey(),
          key.createdAt());
    }
  }

  public record NewSshKey(String name, String publicKey) {}

  @GET
  public List<ApiSshKey> list() {
    return keys.of(organisation()).stream().map(ApiSshKey::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(NewSshKey body) {
    NewSshKey key = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(ApiSshKey.of(keys.add(organisation(), key.name(), key.publicKey())))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    keys.delete(organisation(), id);
    return Response.noContent().build();
  }

  private long organisation() {
    return api.activeOrganisation().organisationId();
  }
}
