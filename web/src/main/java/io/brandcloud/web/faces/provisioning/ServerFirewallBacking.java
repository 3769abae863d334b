package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.firewalls.application.FirewallView;
import io.brandcloud.provisioning.firewalls.application.ServerFirewalls;
import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The server page's firewall: the rules its provider applied last, and a form to edit a copy of
 * them (add, remove, start from a preset) and apply it as a server action.
 */
@Named
@ViewScoped
public class ServerFirewallBacking implements Serializable {

  @EJB ServerFirewalls firewalls;
  @Inject ServerBacking page;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private FirewallView view;
  private ShownServer readWith;
  private List<FirewallRuleRow> rows;
  private Long presetId;

  /** The firewall, read again whenever the page shows the server or its actions changed. */
  public FirewallView getView() {
    ServerView server = page.getServer();
    ShownServer shown = ShownServer.of(page);
    if (server != null && (view == null || !shown.equals(readWith))) {
      try {
        view = firewalls.of(user.organisationId(), page.getId());
        readWith = shown;
      } catch (BrandcloudException e) {
        FacesActions.error(e);
      }
    }
    return view;
  }

  /** The rules being edited, first a copy of those applied. */
  public List<FirewallRuleRow> getRows() {
    if (rows == null) {
      FirewallView shown = getView();
      rows = new ArrayList<>();
      if (shown != null) {
        shown.rules().forEach(rule -> rows.add(FirewallRuleRow.of(rule)));
      }
    }
    return rows;
  }

  public void addRule() {
    getRows().add(new FirewallRuleRow());
  }

  public void removeRule(int index) {
    if (index >= 0 && index < getRows().size()) {
      rows.remove(index);
    }
  }

  /** Puts the chosen preset's rules in the form, to be applied or changed first. */
  public void usePreset() {
    FirewallView shown = getView();
    if (shown == null || presetId == null) {
      return;
    }
    shown.presets().stream()
        .filter(p -> p.id() == presetId)
        .findFirst()
        .map(FirewallPreset::rules)
        .ifPresent(
            preset -> {
              rows = new ArrayList<>();
              preset.rules().forEach(rule -> rows.add(FirewallRuleRow.of(rule)));
            });
  }

  /** Applies the rules in the form; none removes the firewall. */
  public void apply() {
    FacesActions.attempt(
        () -> {
          FirewallRules rules =
              new FirewallRules(getRows().stream().map(FirewallRuleRow::rule).toList());
          firewalls.apply(user.organisationId(), page.getId(), rules);
        },
        texts.format("portal.server.asked", texts.get("status." + ServerActionType.SET_FIREWALL)));
    view = null;
    page.load();
  }

  /** Who a rule lets in, as people read it. */
  public String sourcesOf(FirewallRule rule) {
    if (rule.sources().equals(FirewallRule.EVERYONE)) {
      return texts.get("portal.server.firewallEveryone");
    }
    return rule.sources().stream().collect(Collectors.joining(", "));
  }

  /** A rule's ports as people read them; ICMP has none. */
  public String portsOf(FirewallRule rule) {
    return rule.ports() == null ? texts.get("portal.server.firewallNoPorts") : rule.ports();
  }

  public Long getPresetId() {
    return presetId;
  }

  public void setPresetId(Long presetId) {
    this.presetId = presetId;
  }
}
