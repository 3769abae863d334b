package io.brandcloud.web.faces.provisioning;

import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** Every server of the tenant on staff's customers page, newest first, with its customer's name. */
@Named
@ViewScoped
public class TenantServersBacking implements Serializable {

  @EJB CustomerDirectory customers;
  @EJB Servers servers;

  /** A server with the name of the customer it belongs to. */
  public record ServerRow(ServerView server, String customer) implements Serializable {}

  private final PagedModel<ServerRow> serverPages =
      new PagedModel<>(this::serverRows, row -> Long.toString(row.server().id()));

  public PagedModel<ServerRow> getServers() {
    return serverPages;
  }

  private Page<ServerRow> serverRows(PageRequest request) {
    Page<ServerView> page = servers.all(request);
    Map<Long, String> names =
        customers.names(page.items().stream().map(ServerView::organisationId).toList());
    return page.map(
        s -> new ServerRow(s, names.getOrDefault(s.organisationId(), "#" + s.organisationId())));
  }
}
