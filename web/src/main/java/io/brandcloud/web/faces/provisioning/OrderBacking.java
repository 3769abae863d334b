package io.brandcloud.web.faces.provisioning;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.content.application.StatusPage;
import io.brandcloud.content.application.StatusView;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.provisioning.addresses.application.ServerAddresses;
import io.brandcloud.provisioning.apps.application.OneClickApps;
import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.provisioning.firewalls.application.FirewallPresets;
import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.provisioning.keys.application.SshKeyView;
import io.brandcloud.provisioning.keys.application.SshKeys;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.servers.application.ServerExtras;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.provisioning.snapshots.application.SnapshotsView;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.legal.OutstandingTerms;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ordering a server: a plan (the one the pricing page named, else the first), its regions and
 * images, a host name and the backup add-on where the plan offers it, the organisation's SSH keys
 * to put on it, with the price it comes to, or instead of a region and an image one of the
 * organisation's snapshots to build it from; then back to the dashboard.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

  /** Where the status page's words for a region's state begin, e.g. {@code …major}. */
  public static final String REGION_STATE_TEXTS = "content.status.state.";

  /** The parameter that names the plan to start with, as the pricing page links here. */
  public static final String PLAN_PARAMETER = "plan";

  @EJB PlanCatalog catalog;
  @EJB ProviderConnections connections;
  @EJB Servers servers;
  @EJB SshKeys keys;
  @EJB ServerSnapshots snapshots;
  @EJB FirewallPresets firewalls;
  @EJB OneClickApps oneClickApps;
  @EJB StatusPage status;
  @EJB ServerAddresses addresses;
  @EJB LegalPages legal;
  @EJB Wallets wallets;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private final ServerPlacement placement = new ServerPlacement();
  private List<PlanView> plans;
  private List<PlanChoice> planChoices;
  private final HashMap<String, String> troubledRegions = new HashMap<>();
  private Long planId;
  private boolean backup;
  private List<SshKeyView> sshKeys;
  private List<Long> sshKeyIds = new ArrayList<>();
  private String userData;
  private List<SnapshotsView.Item> buildableFrom = List.of();
  private String snapshotId;
  private List<FirewallPreset> firewallPresets;
  private Long firewallPresetId;
  private List<App> apps;
  private Long appId;
  private final HashMap<String, String> appAnswers = new HashMap<>();
  private ExtraAddressChoice extraIpv4;
  private final OutstandingTerms terms = new OutstandingTerms();
  private Money balance;

  @PostConstruct
  void load() {
    plans = catalog.active();
    status.status().regions().stream()
        .filter(r -> !StatusView.OPERATIONAL.equals(r.state()))
        .forEach(r -> troubledRegions.put(r.connectionId() + ":" + r.code(), r.state()));
    sshKeys = user.may("servers:view") ? keys.of(user.organisationId()) : List.of();
    firewallPresets =
        user.may("servers:view") ? firewalls.forOrganisation(user.organisationId()) : List.of();
    apps =
        user.may("servers:view") ? oneClickApps.forOrganisation(user.organisationId()) : List.of();
    extraIpv4 = new ExtraAddressChoice(addresses.monthPrice().orElse(null));
    terms.load(legal, user);
    balance = user.may("billing:view") ? wallets.balance(user.organisationId()) : null;
    if (!plans.isEmpty()) {
      planId = askedFor().orElse(plans.get(0).id());
      planChosen();
    }
  }

  /** The plan the pricing page's "Order" named ({@code ?plan=}), if it is on sale. */
  private Optional<Long> askedFor() {
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PLAN_PARAMETER);
    Optional<Long> onSale =
        plans.stream().map(PlanView::id).filter(id -> Long.toString(id).equals(asked)).findFirst();
    if (asked != null && onSale.isEmpty()) {
      FacesActions.info(texts.get("portal.order.planGone"));
    }
    return onSale;
  }

  /** The chosen plan's regions and images, the first of each chosen. */
  public void planChosen() {
    placement.offeredFor(getPlan(), connections);
    backup = backup && isBackupOffered();
    if (!isFirewallOffered()) {
      firewallPresetId = null;
    }
    if (!isUserDataTaken()) {
      appId = null;
    }
    extraIpv4.count(isExtraIpv4Offered() ? Math.min(extraIpv4.count(), mostExtraIpv4()) : 0);
    buildableFrom =
        getPlan()
            .filter(plan -> user.may("servers:view"))
            .map(plan -> snapshots.toBuildFrom(user.organisationId(), plan.connectionId()))
            .orElse(List.of());
    if (buildableFrom.stream().noneMatch(s -> s.id().equals(snapshotId))) {
      snapshotId = null;
    }
  }

  /** The organisation's snapshots on the chosen plan's provider that a server can be built from. */
  public List<SnapshotsView.Item> getBuildableFrom() {
    return buildableFrom;
  }

  public String getSnapshotId() {
    return snapshotId;
  }

  public void setSnapshotId(String snapshotId) {
    this.snapshotId = snapshotId == null || snapshotId.isBlank() ? null : snapshotId;
  }

  /** The wallet, coming back to this order with its plan chosen once the money is in. */
  public String getTopUpUrl() {
    return branding.urlReturningTo(
        "/portal/wallet.xhtml",
        branding.url(
            "/portal/order.xhtml" + (planId == null ? "" : "?" + PLAN_PARAMETER + "=" + planId)));
  }

  public Optional<PlanView> getPlan() {
    return plans.stream().filter(p -> planId != null && p.id() == planId).findFirst();
  }

  /**
   * A region as the form names it, with the state the status page gives it while an incident there
   * is open, so a customer does not build into an outage unawares.
   */
  public String regionLabel(CatalogEntry region) {
    String name = PlanSpecs.region(region, texts);
    String state =
        getPlan()
            .map(plan -> troubledRegions.get(plan.connectionId() + ":" + region.code()))
            .orElse(null);
    return state == null
        ? name
        : texts.format("portal.order.regionState", name, texts.get(REGION_STATE_TEXTS + state));
  }

  /** The plans on sale as the form's cards show them: what each server has and costs. */
  public List<PlanChoice> getPlanChoices() {
    if (planChoices == null) {
      planChoices =
          plans.stream()
              .map(
                  p ->
                      new PlanChoice(
                          p.id(),
                          p.name(),
                          PlanSpecs.of(p, connections.plans(p.connectionId()), texts).orElse(null),
                          p.monthlyPrice(),
                          p.hourlyPrice()))
              .toList();
    }
    return planChoices;
  }

  /** A plan on the order form: its name, its server's specs, and its price a month and an hour. */
  public record PlanChoice(long id, String name, String specs, Money monthly, Money hourly)
      implements Serializable {}

  /** The shop's legal pages the customer is to accept with this order. */
  public OutstandingTerms getTerms() {
    return terms;
  }

  /** Whether the chosen plan's provider gives the server cloud-init user data. */
  public boolean isUserDataTaken() {
    return getPlan().map(servers::userDataTaken).orElse(false);
  }

  public String getUserData() {
    return userData;
  }

  public void setUserData(String userData) {
    this.userData = userData;
  }

  /** Whether the chosen plan's provider applies firewalls, so a preset can be chosen. */
  public boolean isFirewallOffered() {
    return getPlan().map(p -> connections.offersFirewalls(p.connectionId())).orElse(false);
  }

  public List<FirewallPreset> getFirewallPresets() {
    return firewallPresets;
  }

  public Long getFirewallPresetId() {
    return firewallPresetId;
  }

  public void setFirewallPresetId(Long firewallPresetId) {
    this.firewallPresetId = firewallPresetId;
  }

  /** Whether extra IPv4 addresses are sold and the chosen plan's provider adds them. */
  public boolean isExtraIpv4Offered() {
    return extraIpv4.sold()
        && getPlan().map(p -> connections.offersExtraIpv4(p.connectionId())).orElse(false);
  }

  /** None up to the most the chosen plan's provider gives a server. */
  public List<Integer> getExtraIpv4Counts() {
    return ExtraAddressChoice.counts(mostExtraIpv4());
  }

  private int mostExtraIpv4() {
    return getPlan().map(p -> connections.maxExtraIpv4(p.connectionId())).orElse(0);
  }

  /** The price of one extra address a month; null while none are sold. */
  public Money getExtraIpv4MonthPrice() {
    return extraIpv4.monthPrice();
  }

  public int getExtraIpv4() {
    return extraIpv4.count();
  }

  public void setExtraIpv4(int count) {
    extraIpv4.count(count);
  }

  private ServerExtras extras(String cloudInit) {
    Optional<App> app = getApp();
    return new ServerExtras(
        backup,
        List.copyOf(sshKeyIds),
        app.isPresent() ? null : cloudInit,
        isFirewallOffered() ? firewallPresetId : null,
        app.map(App::id).orElse(null),
        app.map(this::answersFor).orElse(null),
        isExtraIpv4Offered() ? extraIpv4.count() : 0);
  }

  /** The answers to the chosen app's fields; a field left empty is asked for by the service. */
  private Map<String, String> answersFor(App app) {
    Map<String, String> answers = new HashMap<>();
    app.fields().forEach(f -> answers.put(f.key(), appAnswers.getOrDefault(f.key(), "")));
    return answers;
  }

  public List<App> getApps() {
    return apps;
  }

  /** The chosen app, where the plan's provider takes user data. */
  public Optional<App> getApp() {
    if (appId == null || !isUserDataTaken()) {
      return Optional.empty();
    }
    return apps.stream().filter(a -> a.id() == appId).findFirst();
  }

  public Long getAppId() {
    return appId;
  }

  public void setAppId(Long appId) {
    this.appId = appId;
  }

  public Map<String, String> getAppAnswers() {
    return appAnswers;
  }

  public boolean isBackupOffered() {
    return getPlan().map(servers::backupsOffered).orElse(false);
  }

  /**
   * The order as chosen, in words, for a last look before "Create": plan, place, what it is built
   * from, and each extra.
   */
  public List<String> getReview() {
    List<String> lines = new ArrayList<>();
    getPlan().ifPresent(plan -> lines.add(plan.name()));
    labelOf(placement.getRegions(), placement.getRegion()).ifPresent(lines::add);
    if (snapshotId == null) {
      labelOf(placement.getImages(), placement.getImage()).ifPresent(lines::add);
    } else {
      buildableFrom.stream()
          .filter(s -> s.id().equals(snapshotId))
          .findFirst()
          .ifPresent(s -> lines.add(texts.format("portal.order.reviewSnapshot", s.name())));
    }
    getApp().ifPresent(app -> lines.add(texts.format("portal.order.reviewApp", app.name())));
    if (backup) {
      lines.add(texts.get("portal.order.reviewBackups"));
    }
    if (!sshKeyIds.isEmpty()) {
      lines.add(texts.format("portal.order.reviewKeys", sshKeyIds.size()));
    }
    firewallPresets.stream()
        .filter(f -> isFirewallOffered() && Long.valueOf(f.id()).equals(firewallPresetId))
        .findFirst()
        .ifPresent(f -> lines.add(texts.format("portal.order.reviewFirewall", f.name())));
    if (isExtraIpv4Offered() && extraIpv4.count() > 0) {
      lines.add(texts.format("portal.order.reviewExtraIpv4", extraIpv4.count()));
    }
    return lines;
  }

  private static Optional<String> labelOf(List<CatalogEntry> entries, String code) {
    return entries.stream()
        .filter(e -> e.code().equals(code))
        .findFirst()
        .map(e -> e.name() == null || e.name().isBlank() ? e.code() : e.name());
  }

  /** What a whole month of the server costs as chosen, backups and extra addresses included. */
  public Money getMonthlyPrice() {
    return getPlan().map(p -> extraIpv4.addMonthly(p.monthlyPriceFor(backup))).orElse(null);
  }

  /** What the server costs an hour as chosen, backups and extra addresses included. */
  public Money getHourlyPrice() {
    return getPlan().map(p -> extraIpv4.addHourly(p.hourlyPriceFor(backup))).orElse(null);
  }

  public boolean isAllowed() {
    return user.may("servers:create");
  }

  /**
   * Whether the wallet holds less than the server's first hour, which the order needs: the form
   * says so before the customer fills it in (a new customer from the pricing page has nothing yet).
   * False for a member who may not see the balance.
   */
  public boolean isShortOfFunds() {
    Money price = getHourlyPrice();
    return balance != null && price != null && balance.compareTo(price) < 0;
  }

  public Money getBalance() {
    return balance;
  }

  public String create() {
    if (getPlan().isEmpty()) {
      FacesActions.error(texts.format("portal.servers.choosePlan"));
      return null;
    }
    if (!isAllowed()) {
      FacesActions.error(
          texts.format("portal.servers.notAllowed", user.getOrganisation().organisationName()));
      return null;
    }
    if (!terms.acceptedForOrder(legal, user, texts)) {
      return null;
    }
    String cloudInit = isUserDataTaken() ? userData : null;
    ServerView[] ordered = new ServerView[1];
    if (FacesActions.attempt(
        () ->
            ordered[0] =
                snapshotId == null
                    ? servers.create(
                        user.organisationId(),
                        planId,
                        placement.getHostname(),
                        placement.getRegion(),
                        placement.getImage(),
                        extras(cloudInit))
                    : servers.createFromSnapshot(
                        user.organisationId(),
                        planId,
                        placement.getHostname(),
                        snapshotId,
                        extras(cloudInit)),
        null)) {
      FacesActions.info(
          texts.format(
              ordered[0].heldForReview() ? "portal.servers.held" : "portal.servers.building",
              placement.getHostname()));
      FacesActions.redirect(branding.url("/portal/index.xhtml"));
    }
    return null;
  }

  public List<PlanView> getPlans() {
    return plans;
  }

  public ServerPlacement getPlacement() {
    return placement;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  /** The organisation's keys, to choose which go on the server. */
  public List<SshKeyView> getSshKeys() {
    return sshKeys;
  }

  public List<Long> getSshKeyIds() {
    return sshKeyIds;
  }

  public void setSshKeyIds(List<Long> sshKeyIds) {
    this.sshKeyIds = sshKeyIds == null ? new ArrayList<>() : new ArrayList<>(sshKeyIds);
  }

  public boolean isBackup() {
    return backup;
  }

  public void setBackup(boolean backup) {
    this.backup = backup;
  }
}
