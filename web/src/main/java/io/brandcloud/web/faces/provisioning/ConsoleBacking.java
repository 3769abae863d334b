package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.consoles.application.ConsoleTicket;
import io.brandcloud.provisioning.consoles.application.Consoles;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The console page of one of the organisation's servers: it takes a one-time ticket as it renders,
 * and the page's script (xterm.js for a terminal, noVNC for a VNC screen) opens the console's
 * socket with it.
 */
@Named
@ViewScoped
public class ConsoleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Servers servers;
  @EJB Consoles consoles;
  @Inject CurrentUser user;

  private long id;
  private ServerView server;
  private String socketPath;
  private String kind;

  public void load() {
    try {
      server = servers.ofOrganisation(user.organisationId(), id);
      ConsoleTicket ticket = consoles.ticket(user.organisationId(), id);
      socketPath = ticket.socketPath();
      kind = ticket.kind();
    } catch (BrandcloudException e) {
      socketPath = null;
      FacesActions.error(e);
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ServerView getServer() {
    return server;
  }

  public String getSocketPath() {
    return socketPath;
  }

  /** Whether the console is a VNC screen (noVNC) rather than a terminal (xterm.js). */
  public boolean isVnc() {
    return "vnc".equals(kind);
  }
}
