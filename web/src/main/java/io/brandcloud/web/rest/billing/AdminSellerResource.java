package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The seller as invoices print it: legal name, address, tax ids and logo. */
@Path("/v1/admin/seller")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSellerResource {

  @EJB SellerProfile seller;
  @Inject TenantApi api;

  /**
   * The seller's details on the wire; {@code invoiceNote} is printed at the foot of invoices issued
   * from now on (left out, there is none); {@code hasLogo} is read-only.
   */
  public record ApiSeller(
      String legalName, String address, String taxIds, String invoiceNote, Boolean hasLogo) {
    static ApiSeller of(Seller s) {
      return new ApiSeller(
          s.legalName(), s.address(), s.taxIds(), s.invoiceNote(), s.logo() != null);
    }
  }

  @GET
  public ApiSeller get() {
    api.staff();
    return ApiSeller.of(seller.forStaff());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiSeller change(ApiSeller body) {
    String actor = api.staff().name();
    ApiSeller request = RequestBodies.require(body);
    return ApiSeller.of(
        seller.change(
            request.legalName(),
            request.address(),
            request.taxIds(),
            request.invoiceNote(),
            actor));
  }

  @GET
  @Path("logo")
  @Produces({"image/png", "image/jpeg"})
  public Response logo() {
    api.staff();
    Seller current = seller.forStaff();
    if (current.logo() == null) {
      throw BrandcloudException.notFound("Logo");
    }
    return Response.ok(current.logo(), current.logoType()).build();
  }

  /** The body is the image itself, {@code Content-Type: image/png} or {@code image/jpeg}. */
  @PUT
  @Path("logo")
  @Consumes({"image/png", "image/jpeg"})
  public Response changeLogo(byte[] image, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
    String actor = api.staff().name();
    MediaType media = MediaType.valueOf(type);
    seller.changeLogo(image, media.getType() + "/" + media.getSubtype(), actor);
    return Response.noContent().build();
  }

  @DELETE
  @Path("logo")
  public Response removeLogo() {
    seller.removeLogo(api.staff().name());
    return Response.noContent().build();
  }
}
