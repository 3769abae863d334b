package io.brandcloud.web.rest.promotions;

import io.brandcloud.promotions.application.CouponDraft;
import io.brandcloud.promotions.application.Coupons;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The coupons customers type at order: created once with their terms ({@link CouponDraft}: {@code
 * kind} percent with a {@code value} of 0.01–100 or fixed with an amount, {@code duration} once,
 * repeating for {@code cycles} terms, or forever; empty limits mean all), withdrawn (new orders
 * cannot use them; subscriptions keep theirs) or offered again.
 */
@Path("/v1/admin/coupons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCouponsResource {

  @EJB Coupons coupons;
  @Inject TenantApi api;

  public record Active(Boolean active) {}

  @GET
  public List<ApiCoupon> list() {
    api.staff();
    return coupons.all().stream().map(ApiCoupon::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CouponDraft body) {
    api.staff();
    ApiCoupon created = ApiCoupon.of(coupons.create(RequestBodies.require(body)));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}")
  public ApiCoupon get(@PathParam("id") long id) {
    api.staff();
    return ApiCoupon.of(coupons.coupon(id));
  }

  @PUT
  @Path("{id}/active")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiCoupon active(@PathParam("id") long id, Active body) {
    api.staff();
    Active active = RequestBodies.require(body);
    if (active.active() == null) {
      throw BrandcloudException.invalid("active", "active is true or false");
    }
    return ApiCoupon.of(coupons.offer(id, active.active()));
  }
}
