package io.brandcloud.web.faces.support;

import io.brandcloud.support.mailin.application.SupportMailboxes;
import io.brandcloud.support.mailin.domain.ReceivedMail;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The mail the support mailbox read so far, newest first, and what became of each. */
@Named
@ViewScoped
public class ReceivedMailBacking implements Serializable {

  /** Followed by an outcome's name in lower case; every outcome has one (TextsTest). */
  public static final String OUTCOME_TEXTS = "admin.mailbox.outcome.";

  @EJB SupportMailboxes mailboxes;
  @Inject Texts texts;

  private PagedModel<ReceivedMail> received;

  @PostConstruct
  void load() {
    received = new PagedModel<>(mailboxes::received, m -> Long.toString(m.id()));
  }

  /** The outcome of a mail in the reader's words. */
  public String outcome(ReceivedMail mail) {
    String key = OUTCOME_TEXTS + mail.outcome().name().toLowerCase(Locale.ROOT);
    return texts.get(key);
  }

  public PagedModel<ReceivedMail> getReceived() {
    return received;
  }
}
