package io.brandcloud.web.rest.catalog;

import io.brandcloud.catalog.application.LicenceKeys;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.catalog.domain.LicenceStock;
import io.brandcloud.subscriptions.application.SubscriptionPriceMoves;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
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
import java.time.LocalDate;
import java.util.List;

/**
 * The products a reseller sells for prepaid terms, and their prices per billing cycle: a new price
 * sells to new orders, subscriptions keep theirs.
 */
@Path("/v1/admin/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminProductsResource {

  @EJB Products products;
  @EJB SubscriptionPriceMoves moves;
  @EJB LicenceKeys keys;
  @Inject TenantApi api;

  /**
   * A product to sell: {@code kind} is service, addon, licence or server; a server product sells
   * the plan {@code planId} for terms.
   */
  public record NewProduct(
      String kind, String name, String description, String group, Long planId) {}

  /**
   * A product's description; {@code "active": false} stops new orders (subscriptions run on),
   * {@code true} takes them again; {@code changePolicy} and {@code cancelPolicy} ({@code any},
   * {@code now} or {@code term_end}) say when its subscriptions change and cancel.
   */
  public record ProductChange(
      String name,
      String description,
      String group,
      Boolean active,
      String changePolicy,
      String cancelPolicy) {}

  /** What a billing cycle sells at from now on; the set-up fee and trial days may be left out. */
  public record NewPrice(BigDecimal amount, BigDecimal setupFee, Integer trialDays) {}

  @GET
  public List<ApiProduct> list() {
    api.staff();
    return products.all().stream().map(ApiProduct::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewProduct body) {
    api.staff();
    NewProduct product = RequestBodies.require(body);
    ProductView created =
        products.create(
            product.kind(),
            product.name(),
            product.description(),
            product.group(),
            product.planId());
    return Response.status(Response.Status.CREATED).entity(ApiProduct.of(created)).build();
  }

  @GET
  @Path("{id}")
  public ApiProduct get(@PathParam("id") long id) {
    api.staff();
    return ApiProduct.of(products.product(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiProduct change(@PathParam("id") long id, ProductChange body) {
    api.staff();
    ProductChange change = RequestBodies.require(body);
    ProductView product =
        change.name() == null
            ? products.product(id)
            : products.describe(id, change.name(), change.description(), change.group());
    if (change.active() != null) {
      product = products.offer(id, change.active());
    }
    if (change.changePolicy() != null || change.cancelPolicy() != null) {
      product = products.policies(id, change.changePolicy(), change.cancelPolicy());
    }
    return ApiProduct.of(product);
  }

  /**
   * A question the product asks at order: {@code kind} text, choice (with 2 to 20 {@code choices})
   * or checkbox; {@code required} or not; {@code onInvoice}: its answer printed on invoices.
   */
  public record NewField(
      String label, String kind, List<String> choices, Boolean required, Boolean onInvoice) {}

  @POST
  @Path("{id}/fields")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiProduct addField(@PathParam("id") long id, NewField body) {
    api.staff();
    NewField field = RequestBodies.require(body);
    return ApiProduct.of(
        products.addField(
            id, field.label(), field.kind(), field.choices(), field.required(), field.onInvoice()));
  }

  /** The question is asked no more; the answers given to it stay. */
  @DELETE
  @Path("{id}/fields/{field}")
  public ApiProduct retireField(@PathParam("id") long id, @PathParam("field") long field) {
    api.staff();
    return ApiProduct.of(products.retireField(id, field));
  }

  /** Licence keys to add to a licence product's pool, one per element. */
  public record NewKeys(List<String> keys) {}

  /** A licence product's pool: keys free to order and keys given; never the keys themselves. */
  public record ApiStock(long available, long assigned) {}

  /** What an upload did: keys added, keys the pool already held, keys free now. */
  public record ApiUpload(int added, int duplicates, long available) {}

  @GET
  @Path("{id}/licence-keys")
  public ApiStock licenceKeys(@PathParam("id") long id) {
    api.staff();
    LicenceStock stock = keys.stock(id);
    return new ApiStock(stock.available(), stock.assigned());
  }

  @POST
  @Path("{id}/licence-keys")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiUpload addLicenceKeys(@PathParam("id") long id, NewKeys body) {
    api.staff();
    LicenceKeys.Upload upload = keys.upload(id, RequestBodies.require(body).keys());
    return new ApiUpload(upload.added(), upload.duplicates(), upload.available());
  }

  /** What a move of subscriptions to the current price did. */
  public record ApiPriceMove(int subscriptions, LocalDate earliest) {}

  /**
   * Moves the subscriptions to the product, sold for the cycle, that pay an earlier price to the
   * current one: each customer is mailed now and pays it from the first renewal at least the
   * tenant's notice period away ({@code earliest}).
   */
  @POST
  @Path("{id}/prices/{cycle}/move-subscriptions")
  public ApiPriceMove moveSubscriptions(
      @PathParam("id") long id, @PathParam("cycle") String cycle) {
    api.staff();
    SubscriptionPriceMoves.Moved moved = moves.moveToCurrentPrice(id, cycle);
    return new ApiPriceMove(moved.subscriptions(), moved.earliest());
  }

  @PUT
  @Path("{id}/prices/{cycle}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiProduct price(
      @PathParam("id") long id, @PathParam("cycle") String cycle, NewPrice body) {
    api.staff();
    NewPrice price = RequestBodies.require(body);
    return ApiProduct.of(
        products.price(id, cycle, price.amount(), price.setupFee(), price.trialDays()));
  }
}
