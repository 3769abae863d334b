package io.brandcloud.content.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.content.application.IncidentReport.RegionChoice;
import io.brandcloud.content.application.IncidentView.RegionView;
import io.brandcloud.content.application.IncidentView.UpdateView;
import io.brandcloud.content.application.StatusView.RegionState;
import io.brandcloud.content.domain.Incident;
import io.brandcloud.content.domain.IncidentImpact;
import io.brandcloud.content.domain.IncidentRepository;
import io.brandcloud.content.domain.IncidentStatus;
import io.brandcloud.content.domain.IncidentUpdate;
import io.brandcloud.content.domain.RegionRef;
import io.brandcloud.content.domain.StatusRegions;
import io.brandcloud.content.domain.StatusRegions.Region;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The status page anyone reads, and the incidents staff report and follow up on it. */
@Stateless
public class StatusPage {

  static final Duration RECENT = Duration.ofDays(14);

  /** Resolved incidents shown at most; every open one is shown and counts. */
  private static final int SHOWN = 20;

  private static final int TITLE_LENGTH = 200;
  private static final int BODY_LENGTH = 5000;

  @Inject IncidentRepository incidents;
  @Inject StatusRegions regions;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public StatusView status() {
    List<Region> offered = regions.offered();
    List<Incident> shown = new java.util.ArrayList<>(incidents.open());
    shown.addAll(incidents.resolvedSince(clock.now().minus(RECENT), SHOWN));
    List<RegionState> states =
        offered.stream()
            .map(
                region ->
                    new RegionState(
                        region.connectionId(),
                        region.code(),
                        region.name(),
                        state(worstOpenImpact(shown, region))))
            .toList();
    Optional<IncidentImpact> worst =
        shown.stream().filter(Incident::open).map(Incident::impact).max(Comparator.naturalOrder());
    return new StatusView(state(worst), states, views(shown, offered));
  }

  public Page<IncidentView> incidents(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    Page<Incident> found = incidents.all(page);
    List<IncidentView> views = views(found.items(), regions.offered());
    return new Page<>(views, found.total(), page);
  }

  public IncidentView incident(long incidentId) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    return view(incidentId, regions.offered());
  }

  /** The regions an incident may name: those offered on active connections. */
  public List<RegionView> offeredRegions() {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    return regions.offered().stream()
        .map(r -> new RegionView(r.connectionId(), r.code(), r.name()))
        .toList();
  }

  public IncidentView report(IncidentReport report) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    if (report == null) {
      throw BrandcloudException.invalid("title", "An incident needs a title and a first update");
    }
    String title = Validation.requireText("title", report.title(), TITLE_LENGTH);
    String body = Validation.requireLines("body", report.body(), BODY_LENGTH);
    IncidentStatus status =
        report.status() == null
            ? IncidentStatus.INVESTIGATING
            : Validation.requireChoice("status", report.status(), IncidentStatus.class);
    List<Region> offered = regions.offered();
    Incident incident =
        new Incident(
            title,
            impact(report.impact(), IncidentImpact.MINOR),
            status,
            chosen(report.regions(), offered),
            clock.now());
    incidents.add(incident);
    incidents.add(new IncidentUpdate(incident.id(), status, body, caller.name(), clock.now()));
    audit.record(null, "status.incident.reported", "incident " + incident.id(), incident.title());
    return view(incident.id(), offered);
  }

  /** Tells customers how it stands; resolving ends the incident. */
  public IncidentView post(long incidentId, String status, String body) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    IncidentStatus next = Validation.requireChoice("status", status, IncidentStatus.class);
    String text = Validation.requireLines("body", body, BODY_LENGTH);
    Incident incident = find(incidentId);
    incident.moveTo(next, clock.now());
    incidents.add(new IncidentUpdate(incidentId, next, text, caller.name(), clock.now()));
    audit.record(null, "status.incident.updated", "incident " + incidentId, next.name());
    return view(incidentId, regions.offered());
  }

  /** Corrects the title, impact or regions; what is left out stays. */
  public IncidentView change(long incidentId, String title, String impact, List<RegionChoice> in) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    String newTitle = title == null ? null : Validation.requireText("title", title, TITLE_LENGTH);
    IncidentImpact newImpact = impact(impact, null);
    List<Region> offered = regions.offered();
    Set<RegionRef> newRegions = in == null ? null : chosen(in, offered);
    Incident incident = find(incidentId);
    incident.describe(
        newTitle == null ? incident.title() : newTitle,
        newImpact == null ? incident.impact() : newImpact,
        newRegions == null ? incident.regions() : newRegions,
        clock.now());
    audit.record(null, "status.incident.changed", "incident " + incidentId, incident.title());
    return view(incidentId, offered);
  }

  public void remove(long incidentId) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    Incident incident = find(incidentId);
    incidents.remove(incident);
    audit.record(null, "status.incident.removed", "incident " + incidentId, incident.title());
  }

  private IncidentView view(long incidentId, List<Region> offered) {
    return views(List.of(find(incidentId)), offered).get(0);
  }

  private List<IncidentView> views(List<Incident> list, List<Region> offered) {
    Map<Long, List<IncidentUpdate>> updates =
        incidents.updatesOf(list.stream().map(Incident::id).toList());
    return list.stream()
        .map(
            incident ->
                new IncidentView(
                    incident.id(),
                    incident.title(),
                    wire(incident.impact()),
                    wire(incident.status()),
                    incident.regions().stream()
                        .map(ref -> regionView(ref, offered))
                        .sorted(Comparator.comparing(RegionView::name))
                        .toList(),
                    incident.startedAt(),
                    incident.resolvedAt().orElse(null),
                    updates.getOrDefault(incident.id(), List.of()).stream()
                        .map(u -> new UpdateView(wire(u.status()), u.body(), u.createdAt()))
                        .toList()))
        .toList();
  }

  /** A region no longer offered keeps its code as its name. */
  private static RegionView regionView(RegionRef ref, List<Region> offered) {
    String name = offered.stream().filter(ref::is).map(Region::name).findFirst().orElse(ref.code());
    return new RegionView(ref.connectionId(), ref.code(), name);
  }

  private static Set<RegionRef> chosen(List<RegionChoice> choices, List<Region> offered) {
    Set<RegionRef> chosen = new LinkedHashSet<>();
    for (RegionChoice choice : choices == null ? List.<RegionChoice>of() : choices) {
      if (choice == null || choice.connectionId() == null || choice.code() == null) {
        throw BrandcloudException.invalid("regions", "Each region has a connectionId and a code");
      }
      RegionRef ref = new RegionRef(choice.connectionId(), choice.code());
      if (offered.stream().noneMatch(ref::is)) {
        throw BrandcloudException.invalid(
            "regions",
            "Region '" + choice.code() + "' is not offered on connection " + choice.connectionId());
      }
      chosen.add(ref);
    }
    return chosen;
  }

  private static Optional<IncidentImpact> worstOpenImpact(List<Incident> shown, Region region) {
    return shown.stream()
        .filter(
            incident -> incident.open() && incident.regions().stream().anyMatch(r -> r.is(region)))
        .map(Incident::impact)
        .max(Comparator.naturalOrder());
  }

  private static IncidentImpact impact(String text, IncidentImpact absent) {
    return text == null ? absent : Validation.requireChoice("impact", text, IncidentImpact.class);
  }

  private static String state(Optional<IncidentImpact> worst) {
    return worst.map(StatusPage::wire).orElse(StatusView.OPERATIONAL);
  }

  private static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private Incident find(long incidentId) {
    return incidents
        .find(incidentId)
        .orElseThrow(() -> BrandcloudException.notFound("Incident " + incidentId));
  }
}
