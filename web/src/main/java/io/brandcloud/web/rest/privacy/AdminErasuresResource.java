package io.brandcloud.web.rest.privacy;

import io.brandcloud.privacy.application.Erasures;
import io.brandcloud.privacy.domain.ErasureStore.ErasureRecord;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The records of erasures, for staff who read the audit log: who asked (a staff member, or the
 * person by mail), when, and what was erased, as counts; never the erased data.
 */
@Path("/v1/admin/erasures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminErasuresResource {

  @EJB Erasures erasures;
  @Inject TenantApi api;

  /**
   * @param requestedBy the staff member who erased; null where the person asked
   * @param erased what was erased, kind by kind; null while the person has not confirmed
   */
  public record ApiErasureRecord(
      long id,
      long userId,
      String requestedBy,
      String status,
      Instant requestedAt,
      Instant erasedAt,
      String erased) {

    static ApiErasureRecord of(ErasureRecord record) {
      return new ApiErasureRecord(
          record.id(),
          record.userId(),
          record.requestedBy(),
          record.erased() ? "erased" : "requested",
          record.requestedAt(),
          record.erasedAt(),
          record.what());
    }
  }

  @GET
  public List<ApiErasureRecord> latest() {
    api.staff();
    return erasures.latest().stream().map(ApiErasureRecord::of).toList();
  }
}
