package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.MembershipRepository;
import io.brandcloud.identity.domain.OrganisationRepository;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.support.tickets.domain.SupportPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tells the support desk who its users, staff and organisation owners are. */
@ApplicationScoped
public class SupportContacts implements SupportPeople {

  @Inject UserRepository users;
  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;

  @Override
  public Optional<Person> person(long userId) {
    return users.find(userId).map(SupportContacts::person);
  }

  @Override
  public Optional<Person> memberOf(long organisationId, long userId) {
    return memberships.of(userId, organisationId).flatMap(m -> person(userId));
  }

  @Override
  public Optional<Person> confirmedWithEmail(String email) {
    return UserLookup.byEmail(users, email)
        .filter(User::emailVerified)
        .map(SupportContacts::person);
  }

  @Override
  public List<Person> staff() {
    return users.staff().stream()
        .map(SupportContacts::person)
        .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  @Override
  public Optional<Person> ownerOf(long organisationId) {
    return organisations
        .owner(organisationId)
        .flatMap(owner -> users.withEmail(owner.email()))
        .map(SupportContacts::person);
  }

  @Override
  public Map<Long, String> organisationNames(Collection<Long> organisationIds) {
    return organisationIds.isEmpty() ? Map.of() : organisations.names(organisationIds);
  }

  private static Person person(User user) {
    return new Person(user.id(), user.email(), user.displayName(), user.role());
  }
}
