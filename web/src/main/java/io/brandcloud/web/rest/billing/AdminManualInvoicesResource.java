package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.domain.ManualInvoiceStore;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Invoices billing staff write for a customer's one-off work: drafts (edited, deleted, not shown to
 * the customer) that are issued with a number and the taxes, or voided with a credit note once
 * issued.
 */
@Path("/v1/admin/customers/{id}/manual-invoices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminManualInvoicesResource {

  @EJB ManualInvoices manual;
  @Inject TenantApi api;

  /** One line: what was done and its net amount. */
  public record ApiLine(String description, BigDecimal amount) {}

  /**
   * A draft's lines and how many days after it is issued it is due (0 to 365); {@code issue: true}
   * issues it at once.
   */
  public record Draft(List<ApiLine> lines, Integer dueInDays, Boolean issue) {}

  /** A draft as staff read it. */
  public record ApiDraft(long id, List<ApiDraftLine> lines, long dueInDays) {}

  public record ApiDraftLine(String description, ApiMoney amount) {}

  /** Why an issued invoice is voided, as its credit note says. */
  public record Voiding(String reason) {}

  @GET
  public List<ApiDraft> drafts(@PathParam("id") long id) {
    api.staff();
    return manual.draftsOf(id).stream().map(AdminManualInvoicesResource::draft).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("id") long id, Draft body) {
    SessionLogin admin = api.staff();
    Draft draft = RequestBodies.require(body);
    long created = manual.draft(id, lines(draft), days(draft), admin.name());
    Object entity =
        Boolean.TRUE.equals(draft.issue())
            ? ApiInvoice.of(manual.issue(id, created, admin.name()))
            : draft(
                manual.draftsOf(id).stream()
                    .filter(d -> d.id() == created)
                    .findFirst()
                    .orElseThrow());
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }

  @PUT
  @Path("{invoice}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiDraft edit(@PathParam("id") long id, @PathParam("invoice") long invoice, Draft body) {
    SessionLogin admin = api.staff();
    Draft draft = RequestBodies.require(body);
    manual.edit(id, invoice, lines(draft), days(draft), admin.name());
    return draft(
        manual.draftsOf(id).stream().filter(d -> d.id() == invoice).findFirst().orElseThrow());
  }

  @DELETE
  @Path("{invoice}")
  public Response delete(@PathParam("id") long id, @PathParam("invoice") long invoice) {
    manual.delete(id, invoice, api.staff().name());
    return Response.noContent().build();
  }

  @POST
  @Path("{invoice}/issue")
  public ApiInvoice issue(@PathParam("id") long id, @PathParam("invoice") long invoice) {
    return ApiInvoice.of(manual.issue(id, invoice, api.staff().name()));
  }

  @POST
  @Path("{invoice}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response voidInvoice(
      @PathParam("id") long id, @PathParam("invoice") long invoice, Voiding body) {
    SessionLogin admin = api.staff();
    manual.voidInvoice(id, invoice, RequestBodies.require(body).reason(), admin.name());
    return Response.noContent().build();
  }

  private static List<ManualInvoices.LineInput> lines(Draft draft) {
    if (draft.lines() == null) {
      throw BrandcloudException.invalid("lines", "lines are required");
    }
    return draft.lines().stream()
        .map(
            l ->
                l == null
                    ? new ManualInvoices.LineInput(null, null)
                    : new ManualInvoices.LineInput(l.description(), l.amount()))
        .toList();
  }

  private static int days(Draft draft) {
    return draft.dueInDays() == null ? 14 : draft.dueInDays();
  }

  private static ApiDraft draft(ManualInvoiceStore.Draft draft) {
    return new ApiDraft(
        draft.id(),
        draft.lines().stream()
            .map(
                l ->
                    new ApiDraftLine(
                        l.description(),
                        ApiMoney.of(new Money(l.amount(), CurrentTenant.require().currency()))))
            .toList(),
        ChronoUnit.DAYS.between(draft.writtenOn(), draft.dueOn()));
  }
}
