package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.addresses.application.AddressesView;
import io.brandcloud.provisioning.addresses.application.ServerAddresses;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The server page's extra IPv4 addresses: add one at its price, release one confirmed. */
@Named
@ViewScoped
public class ServerAddressesBacking implements Serializable {

  @EJB ServerAddresses addresses;
  @Inject ServerBacking page;
  @Inject CurrentUser user;

  private AddressesView view;
  private ShownServer readWith;

  /**
   * The server's addresses, read again whenever the page shows the server or its actions changed.
   */
  public AddressesView getView() {
    ShownServer shown = ShownServer.of(page);
    if (shown.server() != null && (view == null || !shown.equals(readWith))) {
      try {
        view = addresses.of(user.organisationId(), page.getId());
        readWith = shown;
      } catch (BrandcloudException e) {
        FacesActions.error(e);
      }
    }
    return view;
  }

  public void add() {
    view = null;
    page.ask(ServerCommand.onAddress(ServerActionType.ADD_IPV4, null));
  }

  /** Releases an address, confirmed in the page's dialog. */
  public void remove(String address) {
    view = null;
    page.ask(ServerCommand.onAddress(ServerActionType.REMOVE_IPV4, address));
  }
}
