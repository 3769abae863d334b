package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.servers.application.ServerView;
import java.io.Serializable;
import java.util.List;

/**
 * The server and its recent actions as a tab of the server page last read them: while they stay the
 * same, what the tab shows (snapshots, firewall, volumes) is not read again.
 */
record ShownServer(ServerView server, List<ServerActionView> recent) implements Serializable {

  static ShownServer of(ServerBacking page) {
    return new ShownServer(page.getServer(), page.getRecent());
  }
}
