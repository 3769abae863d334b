package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.flag;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.integer;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import jakarta.json.JsonValue;

/**
 * VirtFusion's queue: power actions and password resets answer a queue id, asked ({@code GET
 * /queue/{id}}) until {@code finished} is set; a build has none and is watched on the server.
 */
final class VirtFusionQueue {

  static final String BUILD = "virtfusion:build";
  private static final String QUEUE = "virtfusion:queue:";

  private VirtFusionQueue() {}

  static ProviderTask task(String queueId) {
    return queueId == null ? ProviderTask.done() : ProviderTask.underWay(QUEUE + queueId);
  }

  static long id(String handle) {
    if (!handle.startsWith(QUEUE)) {
      throw new ProviderException(ProviderException.Kind.REFUSED, "Not a VirtFusion queue id");
    }
    return VirtFusionCloud.number(handle.substring(QUEUE.length()));
  }

  static TaskProgress progress(JsonValue job) {
    if (flag(job, "failed")) {
      String why = text(object(object(job, "errors"), "exception"), "message");
      if (why == null) {
        why =
            array(job, "primaryActions").stream()
                .filter(a -> !flag(object(a, "data"), "success"))
                .map(a -> text(a, "type") + " failed")
                .findFirst()
                .orElse("VirtFusion reports the task failed");
      }
      return TaskProgress.failed(why);
    }
    if (text(job, "finished") == null) {
      return TaskProgress.underWay(integer(job, "progress"));
    }
    return TaskProgress.done();
  }

  static TaskProgress build(ProviderServerState state) {
    return switch (state.phase()) {
      case FAILED -> TaskProgress.failed("VirtFusion could not build the server");
      case GONE -> TaskProgress.failed("VirtFusion no longer has the server");
      case BUILDING, BUSY -> TaskProgress.underWay(null);
      default -> TaskProgress.done();
    };
  }
}
