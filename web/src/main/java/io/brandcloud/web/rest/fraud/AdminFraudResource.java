package io.brandcloud.web.rest.fraud;

import io.brandcloud.fraud.application.FraudPolicies;
import io.brandcloud.fraud.application.FraudPolicies.RuleChange;
import io.brandcloud.fraud.application.FraudReviews;
import io.brandcloud.fraud.domain.Block;
import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.fraud.domain.CheckFilter;
import io.brandcloud.fraud.domain.FraudPolicy;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.Validation;
import io.brandcloud.web.rest.ApiPage;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Fraud screening for staff: the checks held for review (approve, or deny with a reason), the block
 * list, and the rules and scores (staff who may change settings).
 */
@Path("/v1/admin/fraud")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminFraudResource {

  @EJB FraudReviews reviews;
  @EJB FraudPolicies policies;
  @Inject TenantApi api;

  /**
   * Held or refused checks, newest first.
   *
   * @param status {@code pending} (the default), {@code approved}, {@code denied}, {@code refused}
   *     (by their score, with nothing to decide) or {@code all}
   */
  @GET
  @Path("checks")
  public ApiPage<ApiFraudCheck> checks(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    api.staff();
    CheckFilter wanted =
        status == null || status.isBlank()
            ? CheckFilter.PENDING
            : Validation.requireChoice("status", status, CheckFilter.class);
    return ApiPage.of(reviews.checks(wanted, PageRequest.of(page, limit)), ApiFraudCheck::of);
  }

  @GET
  @Path("checks/{id}")
  public ApiFraudCheck check(@PathParam("id") long id) {
    api.staff();
    return ApiFraudCheck.of(reviews.check(id));
  }

  /** Why staff decided as they did: needed to deny, optional to approve. */
  public record Decision(String reason) {}

  /** What waited on the check goes on (a held server is built). */
  @POST
  @Path("checks/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiFraudCheck approve(@PathParam("id") long id, Decision body) {
    api.staff();
    return ApiFraudCheck.of(reviews.approve(id, body == null ? null : body.reason()));
  }

  /** What waited on the check ends: a held order is cancelled, a held sign-up's login closed. */
  @POST
  @Path("checks/{id}/deny")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiFraudCheck deny(@PathParam("id") long id, Decision body) {
    api.staff();
    return ApiFraudCheck.of(reviews.deny(id, RequestBodies.require(body).reason()));
  }

  /** A block-list entry on the wire; {@code kind} is email, domain, name or address. */
  public record ApiBlock(
      long id, String kind, String value, String reason, String createdBy, Instant createdAt) {
    static ApiBlock of(Block block) {
      return new ApiBlock(
          block.id(),
          ApiFraudCheck.lower(block.kind()),
          block.value(),
          block.reason(),
          block.createdBy(),
          block.createdAt());
    }
  }

  @GET
  @Path("blocks")
  public ApiPage<ApiBlock> blocks(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(reviews.blocks(PageRequest.of(page, limit)), ApiBlock::of);
  }

  /** What to block: {@code kind} is email, domain, name or address. */
  public record NewBlock(String kind, String value, String reason) {}

  @POST
  @Path("blocks")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response block(NewBlock body) {
    api.staff();
    NewBlock block = RequestBodies.require(body);
    reviews.block(
        Validation.requireChoice("kind", block.kind(), BlockKind.class),
        block.value(),
        block.reason());
    return Response.status(Response.Status.CREATED).build();
  }

  @DELETE
  @Path("blocks/{id}")
  public Response unblock(@PathParam("id") long id) {
    api.staff();
    reviews.unblock(id);
    return Response.noContent().build();
  }

  /**
   * One rule: on or off, its weight (0–100) and, for address_rate and first_order_above, its limit.
   */
  public record ApiRule(String rule, Boolean enabled, Integer weight, BigDecimal limit) {}

  /**
   * The rules and the scores from which a check is held for review and refused (1–1000, review at
   * most deny).
   */
  public record ApiPolicy(List<ApiRule> rules, Integer reviewScore, Integer denyScore) {
    static ApiPolicy of(FraudPolicy policy) {
      return new ApiPolicy(
          policy.rules().stream()
              .map(
                  r ->
                      new ApiRule(
                          ApiFraudCheck.lower(r.rule()), r.enabled(), r.weight(), r.limit()))
              .toList(),
          policy.reviewScore(),
          policy.denyScore());
    }
  }

  @GET
  @Path("policy")
  public ApiPolicy policy() {
    api.staff();
    return ApiPolicy.of(policies.policy());
  }

  /** Changes the rules named (the others stay as they are) and the scores sent. */
  @PUT
  @Path("policy")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiPolicy change(ApiPolicy body) {
    api.staff();
    ApiPolicy change = RequestBodies.require(body);
    List<RuleChange> rules =
        (change.rules() == null ? List.<ApiRule>of() : change.rules())
            .stream()
                .map(
                    r ->
                        r == null
                            ? null
                            : new RuleChange(
                                Validation.requireChoice("rule", r.rule(), FraudRule.class),
                                r.enabled(),
                                r.weight(),
                                r.limit()))
                .toList();
    return ApiPolicy.of(policies.change(rules, change.reviewScore(), change.denyScore()));
  }
}
