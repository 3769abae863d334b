package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.OrganisationRepository;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.mail.OrganisationContacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Tells the mail area who owns an organisation, and who a user is. */
@ApplicationScoped
public class OwnerContacts implements OrganisationContacts {

  @Inject OrganisationRepository organisations;
  @Inject UserRepository users;

  @Override
  public Optional<Contact> owner(long organisationId) {
    return organisations
        .owner(organisationId)
        .map(owner -> new Contact(owner.email(), owner.displayName(), owner.organisationName()));
  }

  @Override
  public Optional<Contact> user(long userId) {
    return users.find(userId).map(user -> new Contact(user.email(), user.displayName(), null));
  }
}
