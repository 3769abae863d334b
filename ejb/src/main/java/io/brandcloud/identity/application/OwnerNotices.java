package io.brandcloud.identity.application;

import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** Mail to an organisation's owner, in the caller's transaction, from the tenant's templates. */
@Stateless
public class OwnerNotices {

  @EJB Organisations organisations;
  @Inject MailOutbox outbox;

  /**
   * Mails a message of {@code type} to the owner; the owner's {@code name} and the {@code
   * organisation}'s name are added to {@code values}.
   */
  public void mail(long organisationId, MessageType type, Map<String, ?> values) {
    OrganisationOwner owner = organisations.owner(organisationId);
    Map<String, Object> all = new HashMap<>(values);
    all.put("name", owner.displayName());
    all.put("organisation", owner.organisationName());
    outbox.send(type, owner.email(), all);
  }
}
