package io.brandcloud.provisioning.providers.infrastructure.linode;

import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.TaskProgress;

/**
 * How far Linode got: its actions answer at once and carry on, so an action's handle is what the
 * Linode should become ({@value #RUNNING}, {@value #OFFLINE}, or {@value #SETTLED}: not busy any
 * more) and its status is asked until it is.
 */
final class LinodeProgress {

  static final String RUNNING = "linode:running";
  static final String OFFLINE = "linode:offline";
  static final String SETTLED = "linode:settled";

  private LinodeProgress() {}

  static TaskProgress of(String handle, ProviderServerState state) {
    Phase phase = state.phase();
    if (phase == Phase.GONE) {
      return TaskProgress.failed("Linode no longer has this server");
    }
    if (phase == Phase.BUSY || phase == Phase.BUILDING) {
      return TaskProgress.underWay(null);
    }
    return switch (handle) {
      case RUNNING ->
          phase == Phase.RUNNING
              ? TaskProgress.done()
              : TaskProgress.failed("Linode reports the server " + phase.name().toLowerCase());
      case OFFLINE ->
          phase == Phase.STOPPED
              ? TaskProgress.done()
              : TaskProgress.failed("Linode reports the server " + phase.name().toLowerCase());
      default -> TaskProgress.done();
    };
  }
}
