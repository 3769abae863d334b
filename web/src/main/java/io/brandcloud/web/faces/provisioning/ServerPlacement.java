package io.brandcloud.web.faces.provisioning;

import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.provisioning.servers.application.ServerChoice;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private List<ImageFamily> families = List.of();
  private String family;
  private final HashMap<String, String> versions = new HashMap<>();

  /** The regions and images of the plan's provider, none without a plan. */
  public void offeredFor(Optional<PlanView> plan, ProviderConnections connections) {
    offered(
        plan.map(p -> connections.offeredEntries(p.connectionId(), Kind.REGION)).orElse(List.of()),
        plan.map(p -> connections.offeredEntries(p.connectionId(), Kind.IMAGE)).orElse(List.of()));
  }

  /** These regions and images, the first of each chosen. */
  void offered(List<CatalogEntry> regions, List<CatalogEntry> images) {
    this.regions = regions;
    this.images = images;
    region = regions.isEmpty() ? null : regions.get(0).code();
    image = images.isEmpty() ? null : images.get(0).code();
    families = ImageFamily.of(images);
    versions.clear();
    families.forEach(f -> versions.put(f.name(), f.firstCode()));
    family = families.isEmpty() ? null : families.get(0).name();
  }

  /** The offered images by system, for cards with a choice of version each. */
  public List<ImageFamily> getImageFamilies() {
    return families;
  }

  /** The system chosen; the image is the version chosen on its card. */
  public String getImageFamily() {
    return family;
  }

  public void setImageFamily(String family) {
    this.family = family;
  }

  /** The version chosen on each system's card, by the system's name. */
  public Map<String, String> getImageVersions() {
    return versions;
  }

  /** A version was chosen on a card: its system, and that version, are what the server runs. */
  public void versionChosen(String family) {
    this.family = family;
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

  /** The image chosen: the version chosen on the chosen system's card, or as set directly. */
  public String getImage() {
    return family != null && versions.containsKey(family) ? versions.get(family) : image;
  }

  /** Chooses an image directly (a drop-down of images): its system and version with it. */
  public void setImage(String image) {
    this.image = image;
    for (ImageFamily f : families) {
      if (f.versions().stream().anyMatch(v -> v.code().equals(image))) {
        family = f.name();
        versions.put(f.name(), image);
      }
    }
  }
}
