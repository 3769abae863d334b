package io.brandcloud.web.faces.identity;

import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.OutboxMail;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The mail the panel wrote to the logged-in user, whole: the only place where a link or code in it
 * can be read, so it is not shown to staff acting as the user. Request-scoped, so the opened mail
 * is never kept in a session that nodes share.
 */
@Named
@RequestScoped
public class OwnMailBacking {

  @EJB MailOutbox outbox;
  @Inject CurrentLogin currentLogin;

  private final PagedModel<OutboxMail> mails =
      new PagedModel<>(request -> outbox.mine(request), mail -> Long.toString(mail.id()));

  /** Only the user themselves, logged in with their password. */
  public boolean isShown() {
    return currentLogin.login().filter(login -> login.apiKeyId() == null).isPresent()
        && !currentLogin.login().map(SessionLogin::impersonated).orElse(false);
  }

  public PagedModel<OutboxMail> getMails() {
    return mails;
  }
}
