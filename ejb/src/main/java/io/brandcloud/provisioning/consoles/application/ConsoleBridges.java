package io.brandcloud.provisioning.consoles.application;

import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.consoles.domain.ConsoleBridge;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The console bridges the panel has, by the kind of console each opens. */
@ApplicationScoped
public class ConsoleBridges {

  @Inject @Any Instance<ConsoleBridge> implementations;

  private final Map<ConsoleAccess.Kind, ConsoleBridge> byKind =
      new EnumMap<>(ConsoleAccess.Kind.class);

  @PostConstruct
  void index() {
    for (ConsoleBridge bridge : implementations) {
      if (byKind.put(bridge.kind(), bridge) != null) {
        throw new IllegalStateException("Two console bridges open " + bridge.kind());
      }
    }
  }

  public Optional<ConsoleBridge> of(ConsoleAccess.Kind kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /** Whether a customer of this provider can open a console here. */
  public boolean serve(CloudProvider provider) {
    return provider.consoleKind().map(byKind::containsKey).orElse(false);
  }
}
