package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.IncidentReport;
import io.brandcloud.content.application.IncidentReport.RegionChoice;
import io.brandcloud.content.application.IncidentView;
import io.brandcloud.content.application.IncidentView.RegionView;
import io.brandcloud.content.domain.IncidentImpact;
import io.brandcloud.content.domain.IncidentStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What staff type about an incident: its title, impact, status, regions (check boxes carry them as
 * {@code connectionId:code}) and the words to customers.
 */
public class IncidentForm implements Serializable {

  private String title;
  private String impact = "minor";
  private String status = "investigating";
  private List<String> regions = new ArrayList<>();
  private String body;

  IncidentReport report() {
    return new IncidentReport(title, impact, status, regionChoices(), body);
  }

  List<RegionChoice> regionChoices() {
    return regions.stream()
        .map(
            key -> {
              int colon = key.indexOf(':');
              return new RegionChoice(
                  Long.valueOf(key.substring(0, colon)), key.substring(colon + 1));
            })
        .toList();
  }

  void show(IncidentView incident) {
    title = incident.title();
    impact = incident.impact();
    status = incident.status();
    regions = new ArrayList<>(incident.regions().stream().map(IncidentForm::key).toList());
  }

  private static String key(RegionView region) {
    return region.connectionId() + ":" + region.code();
  }

  public List<String> getImpacts() {
    return wireNames(IncidentImpact.values());
  }

  public List<String> getStatuses() {
    return wireNames(IncidentStatus.values());
  }

  private static List<String> wireNames(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getImpact() {
    return impact;
  }

  public void setImpact(String impact) {
    this.impact = impact;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<String> getRegions() {
    return regions;
  }

  public void setRegions(List<String> regions) {
    this.regions = regions;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
