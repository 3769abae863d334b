package io.brandcloud.batch.scheduling;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Whether this node takes scheduled work: the schedule's periods and the leases of nodes that went
 * silent. {@code BRANDCLOUD_SCHEDULED_JOBS=off} keeps a node to answering requests and running what
 * operators start on it: a node set aside for the web, or a benchmark's server, whose data the
 * schedule would change under it. At least one node of a cluster must keep it on.
 */
final class ScheduledWork {

  static final String VARIABLE = "BRANDCLOUD_SCHEDULED_JOBS";
  private static final Logger LOG = Logger.getLogger(ScheduledWork.class);
  private static final boolean ON = isOn(System.getenv());
  private static final AtomicBoolean SAID = new AtomicBoolean();

  private ScheduledWork() {}

  /** Whether this node takes scheduled work; says once in the log when it does not. */
  static boolean here() {
    if (!ON && SAID.compareAndSet(false, true)) {
      LOG.warnf(
          "Scheduled jobs are off on this node (%s=off): it starts no period and takes no silent"
              + " lease over",
          VARIABLE);
    }
    return ON;
  }

  /** Only {@code off} turns it off, so a misspelt value never stops a cluster's charging. */
  static boolean isOn(Map<String, String> environment) {
    return !"off".equalsIgnoreCase(environment.getOrDefault(VARIABLE, "on").strip());
  }
}
