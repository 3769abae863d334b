package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.firewalls.application.FirewallPresets;
import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's firewall presets on the plans page: listed with their rules, added or changed with
 * the rules typed one a line ({@code tcp 22 0.0.0.0/0, ::/0}), deleted once confirmed.
 */
@Named
@ViewScoped
public class FirewallPresetsBacking implements Serializable {

  @EJB FirewallPresets presets;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private List<FirewallPreset> shown;
  private Long editing;
  private String name;
  private String rules;

  public List<FirewallPreset> getPresets() {
    if (shown == null) {
      shown = presets.forStaff();
    }
    return shown;
  }

  /** A preset's rules as typed in the form, one a line. */
  public List<String> lines(FirewallPreset preset) {
    return preset.rules().rules().stream().map(FirewallRule::typed).toList();
  }

  public void edit(FirewallPreset preset) {
    editing = preset.id();
    name = preset.name();
    rules = String.join("\n", lines(preset));
  }

  public void cancel() {
    editing = null;
    name = null;
    rules = null;
  }

  public void save() {
    boolean saved =
        FacesActions.attempt(
            () -> {
              FirewallRules parsed = parse(rules);
              if (editing == null) {
                presets.add(name, parsed, actor());
              } else {
                presets.change(editing, name, parsed, actor());
              }
            },
            texts.format("admin.firewalls.saved", name == null ? "" : name.strip()));
    if (saved) {
      cancel();
      shown = null;
    }
  }

  public void delete(FirewallPreset preset) {
    FacesActions.attempt(
        () -> presets.delete(preset.id(), actor()),
        texts.format("admin.firewalls.deleted", preset.name()));
    if (editing != null && editing == preset.id()) {
      cancel();
    }
    shown = null;
  }

  /**
   * Lines of {@code protocol ports sources…} (no ports for ICMP), the sources separated by commas
   * or spaces; a wrong line is named by its number.
   */
  private FirewallRules parse(String typed) {
    List<FirewallRule> parsed = new ArrayList<>();
    String[] lines = typed == null ? new String[0] : typed.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        parsed.add(FirewallRule.ofLine(lines[i]));
      } catch (BrandcloudException e) {
        throw BrandcloudException.invalid(
            "rules", texts.format("admin.firewalls.badLine", i + 1, e.getMessage()));
      }
    }
    return new FirewallRules(parsed);
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }
}
