package io.brandcloud.web.faces.operations;

import io.brandcloud.mail.MessageTemplateView;
import io.brandcloud.mail.MessageTemplates;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.RenderedMessage;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wording of every mail the shop sends: which ones staff reworded, changing one with a preview
 * in made-up values before customers see it, and going back to Brandcloud's wording.
 */
@Named
@ViewScoped
public class MailTemplatesBacking implements Serializable {

  /** The texts that name each message type, e.g. "admin.mail.type.invoice-issued". */
  private static final String TYPE_NAMES = "admin.mail.type.";

  @EJB MessageTemplates templates;
  @Inject Texts texts;

  private transient List<MessageTemplateView> all;
  private String chosen;
  private String subject;
  private String body;
  private RenderedMessage preview;

  public List<MessageTemplateView> getTemplates() {
    if (all == null) {
      all = templates.all();
    }
    return all;
  }

  /** What people call a message type, e.g. "Invoice issued". */
  public String nameOf(String type) {
    return texts.get(TYPE_NAMES + type);
  }

  /** The names a template may use, written as the template writes them. */
  public String variablesOf(MessageTemplateView template) {
    return template.variables().stream()
        .map(name -> "{{" + name + "}}")
        .collect(Collectors.joining(" "));
  }

  public void choose(MessageTemplateView template) {
    chosen = template.type();
    subject = template.subject();
    body = template.body();
    preview = null;
  }

  public MessageTemplateView getChosenTemplate() {
    return chosen == null
        ? null
        : getTemplates().stream().filter(t -> t.type().equals(chosen)).findFirst().orElse(null);
  }

  public void showPreview() {
    preview = null;
    FacesActions.attempt(() -> preview = templates.preview(type(), subject, body), null);
  }

  public void save() {
    if (FacesActions.attempt(
        () -> templates.change(type(), subject, body),
        texts.format("admin.mail.saved", nameOf(chosen)))) {
      all = null;
      preview = null;
    }
  }

  public void reset() {
    if (FacesActions.attempt(
        () -> {
          MessageTemplateView back = templates.reset(type());
          subject = back.subject();
          body = back.body();
        },
        texts.format("admin.mail.reset", nameOf(chosen)))) {
      all = null;
      preview = null;
    }
  }

  public void close() {
    chosen = null;
    preview = null;
  }

  private MessageType type() {
    return MessageType.ofKey(chosen);
  }

  public String getChosen() {
    return chosen;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public RenderedMessage getPreview() {
    return preview;
  }
}
