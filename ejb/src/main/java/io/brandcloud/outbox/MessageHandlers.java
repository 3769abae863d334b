package io.brandcloud.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every handler this node knows: the CDI beans of this module, plus those another module (the web
 * module cannot be seen from here) subscribes at start-up.
 */
@ApplicationScoped
public class MessageHandlers {

  @Inject @Any Instance<MessageHandler<?>> discovered;

  private final Map<String, MessageHandler<?>> byName = new ConcurrentHashMap<>();

  @PostConstruct
  void discover() {
    discovered.forEach(this::subscribe);
  }

  public void subscribe(MessageHandler<?> handler) {
    MessageHandler<?> earlier = byName.putIfAbsent(handler.name(), handler);
    if (earlier != null && earlier != handler) {
      throw new IllegalStateException("Two message handlers are named " + handler.name());
    }
  }

  public void unsubscribe(MessageHandler<?> handler) {
    byName.remove(handler.name(), handler);
  }

  List<MessageHandler<?>> of(Class<?> messageType) {
    return byName.values().stream().filter(h -> h.handles() == messageType).toList();
  }

  Optional<MessageHandler<?>> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
