package io.brandcloud.web.faces.operations;

import io.brandcloud.mail.MailDelivery;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.OutboxMail;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The mail the tenant sent or keeps: with no SMTP server configured, this is where it is read. */
@Named
@RequestScoped
public class OutboxBacking {

  @EJB MailOutbox outbox;

  private PagedModel<OutboxMail> mails;

  /** Newest first, a page at a time: an outbox keeps every mail the tenant ever sent. */
  public PagedModel<OutboxMail> getMails() {
    if (mails == null) {
      MailOutbox source = outbox;
      mails = new PagedModel<>(source::recent, mail -> Long.toString(mail.id()));
    }
    return mails;
  }

  public boolean isLocalOnly() {
    return MailDelivery.configured() == MailDelivery.LOCAL;
  }
}
