package io.brandcloud.web.faces.notifications;

import io.brandcloud.notifications.application.Notifications;
import io.brandcloud.notifications.domain.Choice;
import io.brandcloud.notifications.domain.Notification;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The notification centre: the user's notifications, newest first, read one by one or all at once,
 * and how they want to hear of each kind of message.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  // with each template's key: admin.mail.type.server-ready, …invoice-issued
  static final String KIND = "admin.mail.type.";

  @EJB Notifications notifications;
  @Inject Texts texts;

  private final PagedModel<Notification> list =
      new PagedModel<>(page -> notifications.mine(page), row -> String.valueOf(row.id()));
  private List<ChoiceRow> choices;

  /** One kind of message and how the user hears of it, as the form edits it. */
  public static final class ChoiceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String name;
    private boolean inApp;
    private boolean mail;

    ChoiceRow(Choice choice, String name) {
      this.kind = choice.kind();
      this.name = name;
      this.inApp = choice.inApp();
      this.mail = choice.mail();
    }

    public String getKind() {
      return kind;
    }

    public String getName() {
      return name;
    }

    public boolean isInApp() {
      return inApp;
    }

    public void setInApp(boolean inApp) {
      this.inApp = inApp;
    }

    public boolean isMail() {
      return mail;
    }

    public void setMail(boolean mail) {
      this.mail = mail;
    }
  }

  @PostConstruct
  void load() {
    choices =
        notifications.choices().stream()
            .map(choice -> new ChoiceRow(choice, texts.get(KIND + choice.kind())))
            .toList();
  }

  public PagedModel<Notification> getList() {
    return list;
  }

  public List<ChoiceRow> getChoices() {
    return choices;
  }

  public void read(Notification row) {
    FacesActions.attempt(() -> notifications.read(row.id()), null);
  }

  public void readAll() {
    FacesActions.attempt(() -> notifications.readAll(), texts.get("account.notifications.allRead"));
  }

  public void save() {
    FacesActions.attempt(
        () ->
            notifications.choose(
                choices.stream().map(c -> new Choice(c.kind, c.inApp, c.mail)).toList()),
        texts.get("account.notifications.saved"));
  }
}
