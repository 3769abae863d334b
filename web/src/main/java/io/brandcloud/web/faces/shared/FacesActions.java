package io.brandcloud.web.faces.shared;

import io.brandcloud.shared.BrandcloudException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a page action and shows its outcome as a Faces message instead of an error page. */
public final class FacesActions {

  private FacesActions() {}

  public static boolean attempt(Runnable action, String success) {
    try {
      action.run();
      if (success != null) {
        info(success);
      }
      return true;
    } catch (BrandcloudException e) {
      error(e.getMessage());
      return false;
    }
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  public static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public static void redirect(String url) {
    try {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().getFlash().setKeepMessages(true);
      context.getExternalContext().redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
