package io.brandcloud.provisioning.providers.application;

import io.brandcloud.content.domain.StatusRegions;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.ProviderCatalog;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Tells the status page which regions customers can order servers in. */
@ApplicationScoped
public class RegionsForStatusPage implements StatusRegions {

  @Inject ProviderConnectionRepository connections;
  @Inject ProviderCatalog catalog;

  @Override
  public List<Region> offered() {
    return connections.all().stream()
        .filter(connection -> connection.active())
        .flatMap(connection -> catalog.of(connection.id(), CatalogEntry.Kind.REGION).stream())
        .filter(entry -> entry.offered() && entry.available())
        .map(entry -> new Region(entry.connectionId(), entry.code(), entry.name()))
        .sorted(Comparator.comparing(Region::name).thenComparing(Region::code))
        .toList();
  }
}
