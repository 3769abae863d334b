package io.brandcloud.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Mail to an organisation's owner, in the caller's transaction, from the tenant's templates: the
 * owner's {@code name} and the {@code organisation}'s name are added to the message's values.
 */
@Stateless
public class OwnerMail {

  @Inject OrganisationContacts contacts;
  @Inject MailOutbox outbox;

  /** Sends the message; an organisation that no longer exists gets none. */
  public void send(long organisationId, MessageType type, Map<String, ?> values) {
    contacts
        .owner(organisationId)
        .ifPresent(
            owner -> {
              Map<String, Object> all = new HashMap<>(values);
              all.put("name", owner.name());
              all.put("organisation", owner.organisationName());
              outbox.send(type, owner.email(), all);
            });
  }
}
