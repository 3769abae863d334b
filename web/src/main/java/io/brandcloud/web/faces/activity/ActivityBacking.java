package io.brandcloud.web.faces.activity;

import io.brandcloud.activity.application.OrganisationActivity;
import io.brandcloud.activity.domain.ActivityEntry;
import io.brandcloud.activity.domain.ActivityKind;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;

/** The active organisation's activity feed, newest first, each entry told as a sentence. */
@Named
@ViewScoped
public class ActivityBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  // with each kind's wire name: portal.activity.kind.login, …server-action, …member-joined
  public static final String KIND_TEXTS = "portal.activity.kind.";
  // with each server action's type and each status: status.REBOOT, …SUCCEEDED
  static final String STATUS_TEXTS = "status.";
  // with each payment's status: status.PAYMENT_PENDING, …SUCCEEDED
  static final String PAYMENT_TEXTS = "status.PAYMENT_";
  // with each role: portal.role.OWNER, …VIEWER
  static final String ROLE_TEXTS = "portal.role.";

  @EJB OrganisationActivity activity;
  @Inject CurrentUser user;
  @Inject Texts texts;
  @Inject MoneyFormat money;

  /** One entry as the page shows it. */
  public record Row(String key, Instant at, String what, String who, String outcome)
      implements Serializable {}

  private final PagedModel<Row> list =
      new PagedModel<>(page -> activity.of(user.organisationId(), page).map(this::row), Row::key);

  public PagedModel<Row> getList() {
    return list;
  }

  public boolean isAllowed() {
    return user.may("members:manage");
  }

  private Row row(ActivityEntry entry) {
    return new Row(
        entry.kind() + "-" + entry.id(), entry.at(), what(entry), who(entry), outcome(entry));
  }

  private String who(ActivityEntry entry) {
    return switch (entry.by()) {
      case MEMBER -> entry.actor();
      case STAFF -> texts.format("portal.activity.staff");
      case PANEL -> texts.format("portal.activity.thePanel");
    };
  }

  private String outcome(ActivityEntry entry) {
    if (entry.outcome() == null) {
      return "";
    }
    return texts.get(
        (entry.kind() == ActivityKind.PAYMENT ? PAYMENT_TEXTS : STATUS_TEXTS) + entry.outcome());
  }

  private String what(ActivityEntry entry) {
    String kind = KIND_TEXTS + entry.kind().wireName();
    return switch (entry.kind()) {
      case LOGIN -> texts.format(kind);
      case SERVER_ACTION ->
          texts.format(kind, entry.subject(), texts.get(STATUS_TEXTS + entry.detail()));
      case PAYMENT ->
          texts.format(
              kind, money.show(new Money(entry.amount(), Currency.getInstance(entry.currency()))));
      case MEMBER_ROLE_CHANGED ->
          texts.format(kind, entry.subject(), texts.get(ROLE_TEXTS + entry.detail()));
      default -> texts.format(kind, entry.subject());
    };
  }
}
