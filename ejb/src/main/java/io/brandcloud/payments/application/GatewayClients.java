package io.brandcloud.payments.application;

import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.PaymentGateway;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** Every {@link PaymentGateway} implementation, found through CDI and chosen by its kind. */
@ApplicationScoped
public class GatewayClients {

  @Inject @Any Instance<PaymentGateway> implementations;

  private final Map<GatewayKind, PaymentGateway> byKind = new EnumMap<>(GatewayKind.class);

  @PostConstruct
  void index() {
    for (PaymentGateway gateway : implementations) {
      if (byKind.put(gateway.kind(), gateway) != null) {
        throw new IllegalStateException("Two payment gateways serve " + gateway.kind());
      }
    }
  }

  public PaymentGateway of(GatewayKind kind) {
    PaymentGateway gateway = byKind.get(kind);
    if (gateway == null) {
      throw new IllegalStateException("No payment gateway serves " + kind);
    }
    return gateway;
  }
}
