package io.brandcloud.web.rest.brand;

import io.brandcloud.platform.application.OwnBrand;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.billing.BillingPdfs;
import io.brandcloud.web.security.SessionLogin;
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
import java.util.Locale;

/**
 * The tenant's brand in its admins' hands: product name, colour, light or dark pages, and the logo
 * its portal serves itself.
 */
@Path("/v1/admin/brand")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminBrandResource {

  @EJB OwnBrand brands;
  @Inject TenantApi api;
  @Inject BillingPdfs pdfs;

  /**
   * The brand on the wire; {@code logoUrl} (below the portal's base when uploaded), {@code iconUrl}
   * (the uploaded tab icon, absent for the drawn one), {@code textOnPrimary} and {@code
   * primaryAsText} (the colours the panel writes text in so it reads) are read-only; {@code
   * mailSenderName} left out keeps the name mail is sent under, {@code ""} goes back to the product
   * name (it is answered only when one is set); {@code accentColor} (links, what is chosen)
   * likewise, {@code ""} makes the primary colour the accent again.
   */
  public record ApiBrand(
      String productName,
      String primaryColor,
      Boolean dark,
      String mailSenderName,
      String accentColor,
      String logoUrl,
      String iconUrl,
      String textOnPrimary,
      String primaryAsText) {

    static ApiBrand of(Brand b) {
      return new ApiBrand(
          b.productName(),
          b.primaryColor(),
          b.dark(),
          b.mailSender(),
          b.accentColor(),
          b.logoUrl(),
          b.iconUrl(),
          b.textOnPrimary(),
          b.primaryAsText());
    }
  }

  @GET
  public ApiBrand get() {
    api.staff();
    return ApiBrand.of(brands.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiBrand change(ApiBrand body) {
    String actor = api.staff().name();
    ApiBrand request = RequestBodies.require(body);
    return ApiBrand.of(
        brands.change(
            new OwnBrand.BrandChange(
                request.productName(),
                request.primaryColor(),
                request.dark(),
                request.mailSenderName(),
                request.accentColor()),
            actor));
  }

  /**
   * The body is the image itself, {@code Content-Type: image/png}, {@code image/jpeg} or {@code
   * image/svg+xml} (drawn as a PNG: no script or outside resource of it is kept).
   */
  @PUT
  @Path("logo")
  @Consumes({"image/png", "image/jpeg", "image/svg+xml"})
  public ApiBrand changeLogo(byte[] image, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
    String actor = api.staff().name();
    return ApiBrand.of(brands.uploadLogo(image, declared(type), actor));
  }

  @DELETE
  @Path("logo")
  public ApiBrand removeLogo() {
    return ApiBrand.of(brands.removeLogo(api.staff().name()));
  }

  /** The browser tab's icon, like the logo: the body is the PNG, JPEG or SVG itself. */
  @PUT
  @Path("icon")
  @Consumes({"image/png", "image/jpeg", "image/svg+xml"})
  public ApiBrand changeIcon(byte[] image, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
    String actor = api.staff().name();
    return ApiBrand.of(brands.uploadIcon(image, declared(type), actor));
  }

  @DELETE
  @Path("icon")
  public ApiBrand removeIcon() {
    return ApiBrand.of(brands.removeIcon(api.staff().name()));
  }

  /**
   * How customers' invoices look in this brand: a made-up invoice with the seller's details and
   * note (from the billing settings), as a PDF shown in the browser.
   */
  @GET
  @Path("invoice-preview.pdf")
  @Produces("application/pdf")
  public Response invoicePreview() {
    SessionLogin reader = api.staff();
    return pdfs.sample(brands.current(), reader);
  }

  private static String declared(String type) {
    MediaType media = MediaType.valueOf(type);
    return (media.getType() + "/" + media.getSubtype()).toLowerCase(Locale.ROOT);
  }
}
