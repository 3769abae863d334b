package io.brandcloud.legal.application;

import io.brandcloud.identity.application.Registration;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Collection;

/**
 * A new customer's sign-up with their acceptance of the shop's current legal pages, in one
 * transaction: no account without the acceptance, no acceptance without the account.
 */
@Stateless
public class SignUps {

  @EJB Registration registration;
  @EJB LegalPages legal;

  /**
   * @param accepted the ids of the legal pages' versions the visitor was shown and accepted
   */
  public void register(
      String email,
      String displayName,
      String password,
      String portalUrl,
      Collection<Long> accepted) {
    legal.requireAllAccepted(accepted);
    long user = registration.register(email, displayName, password, portalUrl);
    legal.acceptedAtSignUp(user, accepted);
  }
}
