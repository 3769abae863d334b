package io.brandcloud.support.tickets.application;

import io.brandcloud.access.Caller;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * People who write on a ticket from outside the panel, by mail or from Discord, as callers: neither
 * is a second factor, so staff of a tenant that requires one are refused as they would be at login.
 */
@ApplicationScoped
public class OutsideWriters {

  @EJB TenantSettings settings;

  public Caller caller(Person person) {
    boolean staff = person.role().isStaff();
    return new Caller(
        Caller.Kind.USER,
        person.email(),
        person.id(),
        person.role(),
        Set.of(),
        false,
        staff && settings.current().staffTwoFactorRequired(),
        null);
  }
}
