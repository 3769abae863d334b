package io.brandcloud.outbox;

/**
 * Reacts to one type of message, in the dispatcher's transaction and the tenant the message was
 * published in. Runs at least once: work that commits with the row runs exactly once, anything
 * outside the database must tolerate a repeat.
 */
public interface MessageHandler<M extends Record> {

  Class<M> handles();

  void handle(M message);

  /** Stored with every row; a row whose handler is gone is dead-lettered, never lost. */
  default String name() {
    String name = getClass().getName();
    int proxy = name.indexOf('$');
    return proxy < 0 ? name : name.substring(0, proxy);
  }
}
