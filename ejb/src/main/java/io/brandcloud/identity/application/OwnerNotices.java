package io.brandcloud.identity.application;

import io.brandcloud.mail.MailOutbox;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Mail to an organisation's owner, in the caller's transaction, under the tenant's brand. */
@Stateless
public class OwnerNotices {

  @EJB Organisations organisations;
  @Inject MailOutbox outbox;

  /**
   * @param sentence the news, with {@code %s} where the organisation's name goes
   */
  public void mail(long organisationId, String subject, String sentence) {
    OrganisationOwner owner = organisations.owner(organisationId);
    String product = CurrentTenant.require().brand().productName();
    outbox.enqueue(
        owner.email(),
        product + ": " + subject,
        "Hello "
            + owner.displayName()
            + ",\n\n"
            + sentence.formatted(owner.organisationName())
            + "\n");
  }
}
