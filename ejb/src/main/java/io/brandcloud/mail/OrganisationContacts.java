package io.brandcloud.mail;

import java.util.Optional;

/**
 * Who mail about an organisation goes to, asked by the mail area and answered by identity, which
 * knows the organisations and their owners.
 */
public interface OrganisationContacts {

  /** The owner of the organisation, if it exists in the current tenant. */
  Optional<Contact> owner(long organisationId);

  /** A user of the current tenant, staff or customer, with no organisation named. */
  Optional<Contact> user(long userId);

  /** A person to write to, and the organisation the mail is about. */
  record Contact(String email, String name, String organisationName) {}
}
