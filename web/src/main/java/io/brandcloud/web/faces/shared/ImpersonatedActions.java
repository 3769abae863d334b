package io.brandcloud.web.faces.shared;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.Application;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Puts every action staff take on a page while acting as a customer in the audit log: the button or
 * link, on its page. Decided on the server from the component that fired, so a request cannot pass
 * itself off as something else; what a page does by itself (the live refresh of {@code bc:live},
 * whose form is {@code live}) is no one's action. Stands in front of the application's action
 * listener ({@link Installer}), which then runs the action as before.
 */
public class ImpersonatedActions implements ActionListener {

  private static final String LIVE_FORM = "live";

  private final ActionListener wrapped;
  private final AuditLog audit;

  ImpersonatedActions(ActionListener wrapped, AuditLog audit) {
    this.wrapped = wrapped;
    this.audit = audit;
  }

  /** Puts the audit in front of the application's action listener once the application stands. */
  public static class Installer implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
      Application application = (Application) event.getSource();
      // the EJB's proxy, looked up once: a lookup per action would be kept by the container
      AuditLog audit = CDI.current().select(AuditLog.class).get();
      application.setActionListener(
          new ImpersonatedActions(application.getActionListener(), audit));
    }
  }

  @Override
  public void processAction(ActionEvent event) {
    UIComponent source = event.getComponent();
    CurrentCaller.get()
        .filter(caller -> caller.impersonator() != null)
        .filter(caller -> !inLiveForm(source))
        .ifPresent(
            caller ->
                audit.record(
                    caller.name(),
                    "impersonation.request",
                    "POST " + viewId() + " " + source.getClientId(),
                    null));
    wrapped.processAction(event);
  }

  private static boolean inLiveForm(UIComponent component) {
    for (UIComponent c = component; c != null; c = c.getParent()) {
      if (c instanceof UIForm) {
        return LIVE_FORM.equals(c.getId());
      }
    }
    return false;
  }

  private static String viewId() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
  }
}
