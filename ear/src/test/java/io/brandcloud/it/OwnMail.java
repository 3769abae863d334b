package io.brandcloud.it;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.OutboxMail;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;

/**
 * Reads a mail as its recipient does on their account page (in-container tests): the outbox shows
 * links and codes to nobody else.
 */
final class OwnMail {

  private OwnMail() {}

  /** The newest mail to {@code email} whose body holds {@code text}. */
  static String lastBodyTo(TenantContext tenant, String email, String text) {
    MailOutbox outbox = CDI.current().select(MailOutbox.class).get();
    Caller recipient =
        new Caller(Caller.Kind.USER, email, 0L, Role.CUSTOMER, Set.of(), false, false, null);
    return CurrentTenant.supplyAs(
        tenant,
        () ->
            CurrentCaller.supplyAs(
                recipient,
                () ->
                    outbox.mine(PageRequest.first(100)).items().stream()
                        .map(OutboxMail::body)
                        .filter(body -> body.contains(text))
                        .findFirst()
                        .orElseThrow(
                            () -> new AssertionError("No mail to " + email + " with " + text))));
  }
}
