package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.OrganisationRepository;
import io.brandcloud.mail.OrganisationContacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Tells the mail area who owns an organisation. */
@ApplicationScoped
public class OwnerContacts implements OrganisationContacts {

  @Inject OrganisationRepository organisations;

  @Override
  public Optional<Contact> owner(long organisationId) {
    return organisations
        .owner(organisationId)
        .map(owner -> new Contact(owner.email(), owner.displayName(), owner.organisationName()));
  }
}
