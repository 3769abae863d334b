package io.brandcloud.support.tickets.application;

import io.brandcloud.access.Caller;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.TicketMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Who a message is signed with: the user's display name, or the operator's or job's name. */
@ApplicationScoped
class TicketAuthors {

  @Inject SupportPeople people;

  TicketMessage.Author of(Caller caller, boolean staff) {
    String name =
        caller.userId() == null
            ? caller.name()
            : people.person(caller.userId()).map(SupportPeople.Person::name).orElse(caller.name());
    return new TicketMessage.Author(caller.userId(), name, staff);
  }

  Optional<String> organisationName(long organisationId) {
    return Optional.ofNullable(
        people.organisationNames(List.of(organisationId)).get(organisationId));
  }
}
