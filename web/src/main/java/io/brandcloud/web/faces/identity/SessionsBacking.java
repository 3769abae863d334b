package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.LoginSessionView;
import io.brandcloud.identity.application.LoginSessions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The account page's list of where its user is logged in, each but this one to end. */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

  @EJB LoginSessions sessions;
  @Inject OwnAccount own;
  @Inject Texts texts;

  private List<LoginSessionView> active;

  /** Staff acting as the user do not see from where the user logs in. */
  public boolean isShown() {
    return !own.login().impersonated();
  }

  public List<LoginSessionView> getSessions() {
    if (!isShown()) {
      return List.of();
    }
    if (active == null) {
      active = sessions.active(own.userId());
    }
    return active;
  }

  public boolean current(LoginSessionView session) {
    return own.login().isRecordedAs(session.id());
  }

  public void end(LoginSessionView session) {
    long user = own.userId();
    own.change(() -> sessions.end(user, session.id()), texts.format("account.sessions.endedOne"));
    active = null;
  }
}
