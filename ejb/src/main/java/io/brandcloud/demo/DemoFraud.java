package io.brandcloud.demo;

import io.brandcloud.access.Role;
import io.brandcloud.fraud.application.FraudPolicies;
import io.brandcloud.fraud.application.FraudPolicies.RuleChange;
import io.brandcloud.fraud.application.FraudReviews;
import io.brandcloud.fraud.application.FraudScreening;
import io.brandcloud.fraud.application.FraudScreening.Screened;
import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.fraud.domain.CheckFilter;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.Organisations;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SecretTokens;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Fraud screening as a demo shop would run it: the disposable-domain and block-list rules on, a
 * blocked domain, and one sign-up from a throwaway address waiting in the review queue. Done once:
 * a shop whose screening recorded anything is left as it is.
 */
@ApplicationScoped
public class DemoFraud {

  static final String HELD_SIGN_UP = "quick.buyer@mailinator.com";

  @EJB FraudPolicies policies;
  @EJB FraudReviews reviews;
  @EJB FraudScreening screening;
  @EJB UserAccounts accounts;
  @EJB Organisations organisations;

  void screenOnce() {
    if (reviews.checks(CheckFilter.ALL, PageRequest.first(1)).total() > 0
        || accounts.withEmail(HELD_SIGN_UP).isPresent()) {
      return;
    }
    policies.change(
        List.of(
            new RuleChange(FraudRule.DISPOSABLE_EMAIL, true, null, null),
            new RuleChange(FraudRule.BLOCK_LIST, true, null, null)),
        null,
        null);
    reviews.block(BlockKind.DOMAIN, "signup-spam.example", "Scripted sign-ups");
    Screened held = screening.screenSignUp(HELD_SIGN_UP, "Quick Buyer");
    AuthenticatedUser buyer =
        accounts.createWithPassword(
            HELD_SIGN_UP, "Quick Buyer", Role.CUSTOMER, SecretTokens.random());
    screening.signedUp(held, buyer.id());
    organisations.personalOf(buyer.id());
  }
}
