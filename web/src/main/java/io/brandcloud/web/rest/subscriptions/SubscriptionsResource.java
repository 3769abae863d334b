package io.brandcloud.web.rest.subscriptions;

import io.brandcloud.provisioning.servers.application.ServerChoice;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.subscriptions.application.ChangePreview;
import io.brandcloud.subscriptions.application.OrderPreview;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.subscriptions.application.UnpaidRenewals;
import io.brandcloud.subscriptions.domain.OrderAnswer;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.legal.TermsBeforeOrder;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The active organisation's subscriptions, paid from its wallet: order one, see what a change costs
 * before making it, change or cancel now or at the end of the term, and whether it renews.
 */
@Path("/v1/subscriptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

  @EJB Subscriptions subscriptions;
  @EJB UnpaidRenewals unpaidRenewals;
  @Inject TermsBeforeOrder terms;
  @Inject TenantApi api;

  /**
   * A subscription on the wire; {@code renewsOn} is the first day not paid for, when the next term
   * is paid, or it ends; {@code nextPrice}, where set, is paid from {@code nextPriceFrom} on; a
   * server product's subscription names its {@code server} until that is deleted.
   */
  public record ApiSubscription(
      long id,
      long productId,
      String productName,
      String cycle,
      String status,
      ApiMoney price,
      LocalDate renewsOn,
      boolean autoRenew,
      boolean cancelAtTermEnd,
      boolean changeWaiting,
      Long attachedTo,
      ApiMoney nextPrice,
      LocalDate nextPriceFrom,
      String licenceKey,
      List<OrderAnswer> answers,
      String changePolicy,
      String cancelPolicy,
      Instant createdAt,
      ApiSubscriptionServer server,
      ApiAttachedServer attachedToServer) {

    static ApiSubscription of(SubscriptionView s) {
      return new ApiSubscription(
          s.id(),
          s.productId(),
          s.productName(),
          s.cycle(),
          s.status(),
          ApiMoney.of(s.price()),
          s.renewsOn(),
          s.autoRenew(),
          s.cancelAtTermEnd(),
          s.pendingPriceId() != null,
          s.attachedTo(),
          s.nextPrice() == null ? null : ApiMoney.of(s.nextPrice()),
          s.nextPriceFrom(),
          s.licenceKey(),
          s.answers(),
          s.changePolicy(),
          s.cancelPolicy(),
          s.createdAt(),
          s.server() == null
              ? null
              : new ApiSubscriptionServer(
                  s.server().id(),
                  s.server().hostname(),
                  s.server().status().toLowerCase(Locale.ROOT)),
          s.attachedServerId() == null
              ? null
              : new ApiAttachedServer(s.attachedServerId(), s.attachedServerName()));
    }
  }

  /** The hourly server an add-on hangs on: the add-on is cancelled when it is deleted. */
  public record ApiAttachedServer(long id, String hostname) {}

  /** The server a server product's subscription pays for: {@code /v1/servers/{id}} controls it. */
  public record ApiSubscriptionServer(long id, String hostname, String status) {}

  /**
   * An order; {@code coupon} is a code (optional), {@code attachTo} the subscription or {@code
   * attachToServer} the hourly server an add-on is for (add-ons only, one of the two), {@code
   * answers} answer the product's questions by id (a checkbox {@code "true"}); the reference
   * (required, up to 60 characters) makes a retry return the first order instead of paying twice; a
   * server product's order chooses the server's {@code hostname}, {@code region} and {@code image}
   * in {@code server}.
   */
  public record NewSubscription(
      Long productId,
      String cycle,
      String coupon,
      Long attachTo,
      Map<String, String> answers,
      String reference,
      ServerChoice server,
      Long attachToServer) {}

  /**
   * What an order would cost: the product, its cycle, a coupon code (optional) and, for an add-on,
   * the subscription or hourly server it attaches to.
   */
  public record OrderQuestion(
      Long productId, String cycle, String coupon, Long attachTo, Long attachToServer) {}

  /**
   * What an order costs: the term's price, the set-up fee, the coupon's discount on the first paid
   * term, the tax on what is due now, what is due now with its tax (nothing during a free trial)
   * and what is due when the trial ends.
   */
  public record ApiOrderPreview(
      ApiMoney price,
      ApiMoney setupFee,
      ApiMoney discount,
      ApiMoney tax,
      ApiMoney due,
      ApiMoney firstPayment,
      LocalDate trialEndsOn,
      LocalDate renewsOn,
      String coupon) {

    static ApiOrderPreview of(OrderPreview p) {
      return new ApiOrderPreview(
          ApiMoney.of(p.price()),
          ApiMoney.of(p.setupFee()),
          ApiMoney.of(p.discount()),
          ApiMoney.of(p.tax()),
          ApiMoney.of(p.due()),
          ApiMoney.of(p.firstPayment()),
          p.trialEnds(),
          p.renewsOn(),
          p.coupon());
    }
  }

  /**
   * A change to another product or cycle; {@code when} is {@code now} or {@code term_end}. {@code
   * expectedDue}, optional, is what the preview said is due now: a change that costs something else
   * by then is refused (409) instead of charged.
   */
  public record Change(Long productId, String cycle, String when, BigDecimal expectedDue) {}

  /** When a cancellation takes effect: {@code now} or {@code term_end}. */
  public record Cancellation(String when) {}

  public record AutoRenew(Boolean autoRenew) {}

  /**
   * What a change costs: the credit for the unused days, the new term's price, what the coupon
   * takes off it, the tax on the new term less the tax given back with the credit, and what is due
   * now with its tax.
   */
  public record ApiChangePreview(
      ApiMoney credit,
      ApiMoney charge,
      ApiMoney discount,
      ApiMoney tax,
      ApiMoney due,
      LocalDate startsOn,
      LocalDate renewsOn,
      String when) {

    static ApiChangePreview of(ChangePreview p) {
      return new ApiChangePreview(
          ApiMoney.of(p.credit()),
          ApiMoney.of(p.charge()),
          ApiMoney.of(p.discount()),
          ApiMoney.of(p.tax()),
          ApiMoney.of(p.due()),
          p.startsOn(),
          p.renewsOn(),
          p.now() ? "now" : "term_end");
    }
  }

  @GET
  public List<ApiSubscription> list() {
    return subscriptions.ofOrganisation(organisation()).stream().map(ApiSubscription::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response order(NewSubscription body) {
    NewSubscription order = RequestBodies.require(body);
    long organisation = organisation();
    terms.require();
    SubscriptionView ordered =
        subscriptions.order(
            organisation,
            new SubscriptionOrder(
                order.productId(),
                order.cycle(),
                order.coupon(),
                order.attachTo(),
                answers(order.answers()),
                order.reference(),
                order.server(),
                order.attachToServer()));
    return Response.status(Response.Status.CREATED).entity(ApiSubscription.of(ordered)).build();
  }

  @POST
  @Path("order-preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiOrderPreview previewOrder(OrderQuestion body) {
    OrderQuestion question = RequestBodies.require(body);
    return ApiOrderPreview.of(
        subscriptions.previewOrder(
            organisation(),
            new SubscriptionOrder(
                question.productId(),
                question.cycle(),
                question.coupon(),
                question.attachTo(),
                Map.of(),
                null,
                null,
                question.attachToServer())));
  }

  @GET
  @Path("{id}")
  public ApiSubscription get(@PathParam("id") long id) {
    return ApiSubscription.of(subscriptions.subscription(organisation(), id));
  }

  @POST
  @Path("{id}/change-preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiChangePreview preview(@PathParam("id") long id, Change body) {
    Change change = RequestBodies.require(body);
    return ApiChangePreview.of(
        subscriptions.previewChange(
            organisation(),
            id,
            required("productId", change.productId()),
            change.cycle(),
            now(change.when())));
  }

  @POST
  @Path("{id}/change")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiSubscription change(@PathParam("id") long id, Change body) {
    Change change = RequestBodies.require(body);
    return ApiSubscription.of(
        subscriptions.change(
            organisation(),
            id,
            required("productId", change.productId()),
            change.cycle(),
            now(change.when()),
            change.expectedDue()));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiSubscription cancel(@PathParam("id") long id, Cancellation body) {
    Cancellation cancellation = RequestBodies.require(body);
    return ApiSubscription.of(subscriptions.cancel(organisation(), id, now(cancellation.when())));
  }

  /**
   * Pays the subscription's unpaid renewal (its open invoice) from the wallet now: 402 when the
   * wallet does not cover it, 409 when nothing is due.
   */
  @POST
  @Path("{id}/payment")
  public ApiSubscription pay(@PathParam("id") long id) {
    return ApiSubscription.of(unpaidRenewals.payNow(organisation(), id));
  }

  @PUT
  @Path("{id}/auto-renew")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiSubscription autoRenew(@PathParam("id") long id, AutoRenew body) {
    AutoRenew renew = RequestBodies.require(body);
    if (renew.autoRenew() == null) {
      throw BrandcloudException.invalid("autoRenew", "autoRenew is true or false");
    }
    return ApiSubscription.of(subscriptions.autoRenew(organisation(), id, renew.autoRenew()));
  }

  /** The answers by question id; a key that is not one is refused. */
  private static Map<Long, String> answers(Map<String, String> given) {
    Map<Long, String> answers = new LinkedHashMap<>();
    if (given == null) {
      return answers;
    }
    given.forEach(
        (key, answer) -> {
          if (key == null || !key.matches("\\d{1,18}")) {
            throw BrandcloudException.invalid("answers", "answers are keyed by question id");
          }
          answers.put(Long.parseLong(key), answer);
        });
    return answers;
  }

  private long organisation() {
    return api.activeOrganisation().organisationId();
  }

  private static long required(String field, Long value) {
    if (value == null) {
      throw BrandcloudException.invalid(field, field + " is required");
    }
    return value;
  }

  private static boolean now(String when) {
    if ("now".equals(when)) {
      return true;
    }
    if ("term_end".equals(when)) {
      return false;
    }
    throw BrandcloudException.invalid("when", "when is now or term_end");
  }
}
