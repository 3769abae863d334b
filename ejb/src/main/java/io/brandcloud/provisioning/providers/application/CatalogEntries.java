package io.brandcloud.provisioning.providers.application;

import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import java.util.ArrayList;
import java.util.List;

/** What a provider offers, read over its API, as the entries of a connection's catalog. */
final class CatalogEntries {

  private CatalogEntries() {}

  static List<CatalogEntry> of(long connectionId, CloudProvider provider, ProviderAccount account) {
    List<CatalogEntry> entries = new ArrayList<>();
    provider
        .plans(account)
        .forEach(
            p ->
                entries.add(
                    new CatalogEntry(
                        connectionId,
                        Kind.PLAN,
                        p.code(),
                        p.description(),
                        p.vcpus(),
                        p.memoryMb(),
                        p.diskGb(),
                        p.transferGb() == null || p.transferGb() < 0 ? null : p.transferGb(),
                        p.monthlyCost() == null ? null : p.monthlyCost().amount(),
                        p.monthlyCost() == null
                            ? null
                            : p.monthlyCost().currency().getCurrencyCode(),
                        true,
                        true,
                        null)));
    provider
        .regions(account)
        .forEach(
            r -> entries.add(place(connectionId, Kind.REGION, r.code(), r.name(), r.country())));
    provider
        .images(account)
        .forEach(i -> entries.add(place(connectionId, Kind.IMAGE, i.code(), i.name(), null)));
    return entries;
  }

  private static CatalogEntry place(
      long connectionId, Kind kind, String code, String name, String country) {
    return new CatalogEntry(
        connectionId, kind, code, name, null, null, null, null, null, null, true, true, country);
  }
}
