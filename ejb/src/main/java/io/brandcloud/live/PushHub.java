package io.brandcloud.live;

import io.brandcloud.shared.ChangeNotices;
import io.brandcloud.shared.DatabaseChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's open push sockets, by tenant schema. Every committed change any node makes reaches
 * every node as a {@link DatabaseChange}; each is passed to the sockets whose audience hears it. A
 * gap in hearing ({@link ChangeNotices.Missed}) tells every socket to read everything again.
 *
 * <p>A page drawn here takes a {@link #mark()} before it reads anything; when its socket opens, it
 * is told to read everything again only if its audience may have missed a change since that mark (a
 * change heard since, a gap in hearing, or a mark of another node or an earlier run).
 */
@ApplicationScoped
public class PushHub {

  /** The notice that asks a page to read all it shows again. */
  public static final String EVERYTHING = "{\"topic\":\"*\"}";

  private final Map<String, Set<Subscription>> bySchema = new ConcurrentHashMap<>();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final String run = Long.toString(System.nanoTime() ^ System.identityHashCode(this), 36);
  private final AtomicLong heard = new AtomicLong();
  private final Map<String, Long> lastHeard = new ConcurrentHashMap<>();
  private volatile long lastGap;

  /** One socket's hearing; closing it stops the notices. */
  public final class Subscription implements AutoCloseable {

    private final PushAudience audience;
    private final PushSink sink;

    private Subscription(PushAudience audience, PushSink sink) {
      this.audience = audience;
      this.sink = sink;
    }

    @Override
    public void close() {
      bySchema.computeIfPresent(
          audience.schema(),
          (schema, subscriptions) -> {
            subscriptions.remove(this);
            return subscriptions.isEmpty() ? null : subscriptions;
          });
    }
  }

  public Subscription subscribe(PushAudience audience, PushSink sink) {
    Subscription subscription = new Subscription(audience, sink);
    bySchema.compute(
        audience.schema(),
        (schema, subscriptions) -> {
          Set<Subscription> all =
              subscriptions == null ? ConcurrentHashMap.newKeySet() : subscriptions;
          all.add(subscription);
          return all;
        });
    return subscription;
  }

  /** Where this node's hearing stands now: {@code <run>.<changes heard>}. */
  public String mark() {
    return run + "." + heard.get();
  }

  /**
   * Whether a page drawn at {@code mark} may show something the audience has since seen change:
   * true unless the mark is this run's and no change of the audience's was heard after it.
   */
  public boolean changedSince(PushAudience audience, String mark) {
    if (mark == null || !mark.startsWith(run + ".")) {
      return true;
    }
    long since;
    try {
      since = Long.parseLong(mark.substring(run.length() + 1));
    } catch (NumberFormatException e) {
      return true;
    }
    Long last =
        lastHeard.get(
            audience.schema()
                + "/"
                + (audience.wholeTenant() ? "*" : audience.organisationId().toString()));
    return since < lastGap || (last != null && last > since);
  }

  /** The sockets open on this node. */
  public int open() {
    return bySchema.values().stream().mapToInt(Set::size).sum();
  }

  /** Notices handed to sockets on this node since it started. */
  public long delivered() {
    return delivered.get();
  }

  /** Notices a socket could not keep up with, each replaced by one "read everything again". */
  public long dropped() {
    return dropped.get();
  }

  public void countDropped(int notices) {
    dropped.addAndGet(notices);
  }

  void changed(@Observes DatabaseChange change) {
    Optional<PushTopic> topic = PushTopic.ofNotice(change.topic());
    if (topic.isPresent()) {
      long now = heard.incrementAndGet();
      lastHeard.put(change.schema() + "/" + change.key(), now);
      lastHeard.put(change.schema() + "/*", now);
    }
    Set<Subscription> subscriptions = bySchema.get(change.schema());
    if (topic.isEmpty() || subscriptions == null) {
      return;
    }
    String notice =
        "{\"topic\":\"" + topic.get().wireName() + "\",\"organisation\":" + change.key() + "}";
    for (Subscription subscription : subscriptions) {
      if (subscription.audience.hears(change.schema(), topic.get(), change.key())) {
        subscription.sink.push(notice);
        delivered.incrementAndGet();
      }
    }
  }

  void mayHaveMissedChanges(@Observes ChangeNotices.Missed missed) {
    lastGap = heard.incrementAndGet();
    bySchema.values().forEach(all -> all.forEach(s -> s.sink.push(EVERYTHING)));
  }
}
