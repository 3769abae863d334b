package io.brandcloud.live;

import io.brandcloud.shared.ChangeNotices;
import io.brandcloud.shared.DatabaseChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's open push sockets, by tenant schema and organisation. Every committed change any node
 * makes reaches every node as a {@link DatabaseChange}; each is passed to the sockets whose
 * audience hears it. A gap in hearing ({@link ChangeNotices.Missed}) tells every socket to read
 * everything again.
 *
 * <p>A page drawn here takes a {@link #mark()} before it reads anything; when its socket opens, it
 * is told to read everything again only if its audience may have missed a change since that mark (a
 * change heard since, a gap in hearing, or a mark of another node or an earlier run).
 */
@ApplicationScoped
public class PushHub {

  /**
   * Sockets one user may have open on a node in one organisation (or as staff): every page of the
   * panel has one for the bell, so many tabs, but no flood; a team shares no limit.
   */
  public static final int PER_USER = 20;

  /** The notice that asks a page to read all it shows again. */
  public static final String EVERYTHING = "{\"topic\":\"*\"}";

  /**
   * By tenant schema and organisation ({@code t_acme/42}), or schema alone for staff ({@code
   * t_acme/*}).
   */
  private final Map<String, Set<Subscription>> byAudience = new ConcurrentHashMap<>();

  /** The same sockets by the user they hear personal topics for ({@code t_acme/user/7}). */
  private final Map<String, Set<Subscription>> byUser = new ConcurrentHashMap<>();

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
    private final String key;

    private Subscription(PushAudience audience, PushSink sink) {
      this.audience = audience;
      this.sink = sink;
      this.key = keyOf(audience);
    }

    @Override
    public void close() {
      leave(byAudience, key);
      if (audience.userId() != null) {
        leave(byUser, userKey(audience.schema(), audience.userId()));
      }
    }

    private void leave(Map<String, Set<Subscription>> index, String at) {
      index.computeIfPresent(
          at,
          (ignored, subscriptions) -> {
            subscriptions.remove(this);
            return subscriptions.isEmpty() ? null : subscriptions;
          });
    }
  }

  /**
   * Starts a socket's hearing; empty when its user already has {@link #PER_USER} sockets open on
   * this node for the same organisation (or as the tenant's staff).
   */
  public Optional<Subscription> subscribe(PushAudience audience, PushSink sink) {
    Subscription subscription = new Subscription(audience, sink);
    AtomicBoolean added = new AtomicBoolean();
    byAudience.compute(
        subscription.key,
        (key, subscriptions) -> {
          Set<Subscription> all =
              subscriptions == null ? ConcurrentHashMap.newKeySet() : subscriptions;
          long theirs =
              all.stream()
                  .filter(open -> Objects.equals(open.audience.userId(), audience.userId()))
                  .count();
          if (theirs < PER_USER) {
            added.set(all.add(subscription));
          }
          return all;
        });
    if (!added.get()) {
      return Optional.empty();
    }
    if (audience.userId() != null) {
      // in one step with a close that empties the set, as for the audiences
      byUser.compute(
          userKey(audience.schema(), audience.userId()),
          (key, subscriptions) -> {
            Set<Subscription> all =
                subscriptions == null ? ConcurrentHashMap.newKeySet() : subscriptions;
            all.add(subscription);
            return all;
          });
    }
    return Optional.of(subscription);
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
    Long last = lastHeard.get(keyOf(audience));
    Long personal =
        audience.userId() == null
            ? null
            : lastHeard.get(userKey(audience.schema(), audience.userId()));
    return since < lastGap
        || (last != null && last > since)
        || (personal != null && personal > since);
  }

  /** The sockets open on this node. */
  public int open() {
    return byAudience.values().stream().mapToInt(Set::size).sum();
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
    if (topic.isEmpty()) {
      return;
    }
    long now = heard.incrementAndGet();
    if (topic.get().personal()) {
      // the key names the user: nobody else hears it, staff of the whole tenant neither
      String user = userKey(change.schema(), change.key());
      lastHeard.put(user, now);
      deliver(byUser.get(user), topic.get(), "{\"topic\":\"" + topic.get().wireName() + "\"}");
      return;
    }
    String organisation = change.schema() + "/" + change.key();
    String wholeTenant = change.schema() + "/*";
    lastHeard.put(organisation, now);
    lastHeard.put(wholeTenant, now);
    String notice =
        "{\"topic\":\"" + topic.get().wireName() + "\",\"organisation\":" + change.key() + "}";
    deliver(byAudience.get(organisation), topic.get(), notice);
    deliver(byAudience.get(wholeTenant), topic.get(), notice);
  }

  private void deliver(Set<Subscription> subscriptions, PushTopic topic, String notice) {
    if (subscriptions == null) {
      return;
    }
    for (Subscription subscription : subscriptions) {
      if (subscription.audience.topics().contains(topic)) {
        subscription.sink.push(notice);
        delivered.incrementAndGet();
      }
    }
  }

  private static String userKey(String schema, Object userId) {
    return schema + "/user/" + userId;
  }

  private static String keyOf(PushAudience audience) {
    return audience.schema()
        + "/"
        + (audience.wholeTenant() ? "*" : audience.organisationId().toString());
  }

  void mayHaveMissedChanges(@Observes ChangeNotices.Missed missed) {
    lastGap = heard.incrementAndGet();
    byAudience.values().forEach(all -> all.forEach(s -> s.sink.push(EVERYTHING)));
  }
}
