package io.brandcloud.web.faces.support;

import io.brandcloud.support.discord.application.DiscordView;
import io.brandcloud.support.discord.application.SupportDiscord;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Discord card of the support set-up, for admins: the channel's webhook and the tenant's
 * Discord application, registering {@code /reply}, and which Discord accounts answer as which
 * staff. The posts to the channel are {@link DiscordPostsBacking}'s.
 */
@Named
@ViewScoped
public class SupportDiscordBacking implements Serializable {

  @EJB SupportDiscord discord;
  @EJB TicketDesk desk;
  @Inject Texts texts;
  @Inject Branding branding;

  private boolean allowed;
  private DiscordView current;
  private List<SupportPeople.Person> workers = List.of();
  private final DiscordForm form = new DiscordForm();
  private String discordUserId;
  private Long staffId;

  @PostConstruct
  void load() {
    allowed =
        FacesActions.offered(
            () -> {
              current = discord.current().orElse(null);
              workers = desk.workers();
            });
    if (current != null) {
      form.show(current);
    }
  }

  public void save() {
    boolean saved =
        FacesActions.attempt(
            () -> discord.configure(form.settings()), texts.get("admin.discord.saved"));
    if (saved) {
      form.forgetSecrets();
      load();
    }
  }

  public void registerCommands() {
    FacesActions.attempt(discord::registerCommands, texts.get("admin.discord.registered"));
    load();
  }

  public void link() {
    if (staffId == null) {
      FacesActions.error(texts.get("admin.discord.staffNeeded"));
      return;
    }
    if (FacesActions.attempt(
        () -> discord.link(discordUserId, staffId), texts.get("admin.discord.linked"))) {
      discordUserId = null;
      load();
    }
  }

  public void unlink(String account) {
    FacesActions.attempt(() -> discord.unlink(account), texts.get("admin.discord.unlinked"));
    load();
  }

  public void remove() {
    if (FacesActions.attempt(discord::remove, texts.get("admin.discord.removed"))) {
      current = null;
      form.clear();
      load();
    }
  }

  /** The address to give Discord as the application's Interactions Endpoint URL. */
  public String getInteractionsUrl() {
    return branding.absoluteBase() + "/api/v1/webhooks/discord/interactions";
  }

  public DiscordForm getForm() {
    return form;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public DiscordView getCurrent() {
    return current;
  }

  public List<SupportPeople.Person> getWorkers() {
    return workers;
  }

  public String getDiscordUserId() {
    return discordUserId;
  }

  public void setDiscordUserId(String discordUserId) {
    this.discordUserId = discordUserId;
  }

  public Long getStaffId() {
    return staffId;
  }

  public void setStaffId(Long staffId) {
    this.staffId = staffId;
  }
}
