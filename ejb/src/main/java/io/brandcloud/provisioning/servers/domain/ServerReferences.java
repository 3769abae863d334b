package io.brandcloud.provisioning.servers.domain;

import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a provider knows one of our servers by: the tenant's tag and the server's id ({@code
 * bc-t12-s34}), set on it at create as a tag or a name, so a repeated create finds the first server
 * and the reconciliation tells ours from everything else on the account.
 */
public final class ServerReferences {

  private static final Pattern FORM = Pattern.compile("bc-t\\d+-s\\d+");

  private ServerReferences() {}

  public static String of(String tenantTag, long serverId) {
    return tenantTag + "-s" + serverId;
  }

  /** Whether {@code candidate} is the reference of one of the tenant's servers. */
  public static boolean isTenants(String tenantTag, String candidate) {
    return candidate != null
        && candidate.startsWith(tenantTag + "-s")
        && FORM.matcher(candidate).matches();
  }

  /** The first of {@code candidates} (a server's tags) that is one of the tenant's, else null. */
  public static String among(Stream<String> candidates, String tenantTag) {
    return candidates.filter(c -> isTenants(tenantTag, c)).findFirst().orElse(null);
  }
}
