package io.brandcloud.web.faces.operations;

import io.brandcloud.mail.MailDelivery;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.OutboxMail;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The mail the tenant sent or keeps: with no SMTP server configured, this is where it is read. */
@Named
@RequestScoped
public class OutboxBacking {

  @EJB MailOutbox outbox;

  public List<OutboxMail> getMails() {
    return outbox.recent(PageRequest.first(100)).items();
  }

  public boolean isLocalOnly() {
    return MailDelivery.configured() == MailDelivery.LOCAL;
  }
}
