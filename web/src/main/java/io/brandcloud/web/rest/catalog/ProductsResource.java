package io.brandcloud.web.rest.catalog;

import io.brandcloud.catalog.application.Products;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The products on sale for prepaid terms, with the price of each billing cycle. */
@Path("/v1/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

  @EJB Products products;
  @Inject TenantApi api;

  @GET
  public List<ApiProduct> list() {
    return products.onSale(api.activeOrganisation().organisationId()).stream()
        .map(ApiProduct::of)
        .toList();
  }
}
