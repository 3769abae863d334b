package io.brandcloud.web.faces.provisioning;

import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.provisioning.servers.application.ServerChoice;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Where a new server goes, as an order form asks it: a host name, and one of the regions and images
 * its plan's provider offers, shown by name (the first of each chosen until the customer picks
 * another).
 */
public class ServerPlacement implements Serializable {

  private List<CatalogEntry> regions = List.of();
  private List<CatalogEntry> images = List.of();
  private String hostname;
  private String region;
  private String image;

  /** The regions and images of the plan's provider, none without a plan. */
  public void offeredFor(Optional<PlanView> plan, ProviderConnections connections) {
    regions =
        plan.map(p -> connections.offeredEntries(p.connectionId(), Kind.REGION)).orElse(List.of());
    images =
        plan.map(p -> connections.offeredEntries(p.connectionId(), Kind.IMAGE)).orElse(List.of());
    region = regions.isEmpty() ? null : regions.get(0).code();
    image = images.isEmpty() ? null : images.get(0).code();
  }

  public ServerChoice choice() {
    return new ServerChoice(hostname, region, image);
  }

  public List<CatalogEntry> getRegions() {
    return regions;
  }

  public List<CatalogEntry> getImages() {
    return images;
  }

  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }
}
