package io.brandcloud.provisioning.providers.application;

import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** Every {@link CloudProvider} implementation, found through CDI and chosen by its type. */
@ApplicationScoped
public class CloudProviders {

  @Inject @Any Instance<CloudProvider> implementations;

  private final Map<ProviderType, CloudProvider> byType = new EnumMap<>(ProviderType.class);

  @PostConstruct
  void index() {
    for (CloudProvider provider : implementations) {
      if (byType.put(provider.type(), provider) != null) {
        throw new IllegalStateException("Two cloud providers serve " + provider.type());
      }
    }
  }

  public CloudProvider of(ProviderType type) {
    CloudProvider provider = byType.get(type);
    if (provider == null) {
      throw new IllegalStateException("No cloud provider serves " + type);
    }
    return provider;
  }
}
