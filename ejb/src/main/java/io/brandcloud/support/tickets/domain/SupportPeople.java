package io.brandcloud.support.tickets.domain;

import io.brandcloud.access.Role;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who takes part in tickets, asked by the support desk and answered by identity: the people behind
 * user ids, the tenant's staff and the organisations' names and owners.
 */
public interface SupportPeople {

  Optional<Person> person(long userId);

  /** A member of the organisation, if the user still is one. */
  Optional<Person> memberOf(long organisationId, long userId);

  /** The user with this address, if they confirmed it: mail from anyone else is not trusted. */
  Optional<Person> confirmedWithEmail(String email);

  /** The tenant's staff, by name. */
  List<Person> staff();

  /** The owner of an organisation of the current tenant. */
  Optional<Person> ownerOf(long organisationId);

  /** The names of the organisations that exist among {@code organisationIds}. */
  Map<Long, String> organisationNames(Collection<Long> organisationIds);

  /** A user of the tenant, with their role there. */
  record Person(long id, String email, String name, Role role) implements Serializable {}
}
