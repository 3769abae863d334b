package io.brandcloud.web.faces.support;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.support.mailin.application.CheckResult;
import io.brandcloud.support.mailin.application.MailboxView;
import io.brandcloud.support.mailin.application.SupportMailboxes;
import io.brandcloud.support.mailin.domain.ReceivedMail;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The support mailbox card of the support set-up, for admins: where answers to ticket mail go, a
 * check on demand. The mail read so far is {@link ReceivedMailBacking}'s.
 */
@Named
@ViewScoped
public class SupportMailboxBacking implements Serializable {

  @EJB SupportMailboxes mailboxes;
  @Inject Texts texts;

  private boolean allowed;
  private MailboxView current;
  private final MailboxForm form = new MailboxForm();

  @PostConstruct
  void load() {
    allowed =
        FacesActions.offered(
            () -> {
              Optional<MailboxView> found = mailboxes.current();
              current = found.orElse(null);
              found.ifPresent(form::show);
            });
  }

  public void save() {
    boolean saved =
        FacesActions.attempt(
            () -> mailboxes.configure(form.settings()), texts.get("admin.mailbox.saved"));
    if (saved) {
      form.setPassword(null);
      load();
    }
  }

  public void check() {
    CheckResult result;
    try {
      result = mailboxes.checkNow();
    } catch (BrandcloudException e) {
      FacesActions.error(e);
      load();
      return;
    } catch (RuntimeException e) {
      FacesActions.error(texts.format("admin.mailbox.checkFailed", e.getClass().getSimpleName()));
      load();
      return;
    }
    if (result.busy()) {
      FacesActions.info(texts.get("admin.mailbox.busy"));
    } else if (result.error() != null) {
      FacesActions.error(texts.format("admin.mailbox.checkFailed", result.error()));
    } else {
      int handled = result.outcomes().values().stream().mapToInt(Integer::intValue).sum();
      FacesActions.info(
          texts.format(
              "admin.mailbox.checked",
              handled,
              result.outcomes().getOrDefault(ReceivedMail.Outcome.ACCEPTED, 0)));
    }
    load();
  }

  public void remove() {
    if (FacesActions.attempt(mailboxes::remove, texts.get("admin.mailbox.removed"))) {
      current = null;
      load();
    }
  }

  public MailboxForm getForm() {
    return form;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public MailboxView getCurrent() {
    return current;
  }
}
