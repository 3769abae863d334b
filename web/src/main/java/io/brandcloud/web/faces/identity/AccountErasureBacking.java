package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.privacy.application.Erasures;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The account page's erasure card: what must end first, and asking, with the current password, for
 * the link that erases the account.
 */
@Named
@ViewScoped
public class AccountErasureBacking implements Serializable {

  @EJB Erasures erasures;
  @Inject OwnAccount own;
  @Inject Branding branding;
  @Inject Texts texts;

  private String currentPassword;
  private List<ClosureObstacle> obstacles;

  /**
   * Customers erase themselves; staff accounts are a tenant admin's to remove, and staff acting as
   * a customer neither see nor ask for the customer's erasure.
   */
  public boolean isShown() {
    return own.login().groups().contains("customer") && !own.login().impersonated();
  }

  public List<ClosureObstacle> getObstacles() {
    if (obstacles == null) {
      obstacles = isShown() ? erasures.obstacles(own.userId()) : List.of();
    }
    return obstacles;
  }

  public String describe(ClosureObstacle obstacle) {
    return ObstacleTexts.describe(obstacle, texts);
  }

  public void ask() {
    long user = own.userId();
    String password = currentPassword;
    currentPassword = null;
    own.change(
        () -> erasures.ask(user, password, branding.absoluteBase()),
        texts.format("account.erasure.asked"));
    obstacles = null;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }
}
