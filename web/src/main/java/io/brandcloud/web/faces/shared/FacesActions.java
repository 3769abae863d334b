package io.brandcloud.web.faces.shared;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs a page action and shows its outcome as a Faces message instead of an error page. The service
 * decides who may act; a refusal is shown here in the viewer's language.
 */
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
      error(e);
      return false;
    }
  }

  /**
   * Runs a read for a part of a page not every role is offered; false, without a message, when the
   * service refuses the viewer.
   */
  public static boolean offered(Runnable read) {
    try {
      read.run();
      return true;
    } catch (BrandcloudException e) {
      if (e.code() != ErrorCode.FORBIDDEN) {
        throw e;
      }
      return false;
    }
  }

  /** A service's refusal or rejection of what the page sent. */
  public static void error(BrandcloudException e) {
    if (e.code() == ErrorCode.FORBIDDEN) {
      error(CDI.current().select(Texts.class).get().get("errors.refused"));
    } else {
      error(e.getMessage());
    }
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  /** Something the viewer should know before going on, which nothing refused. */
  public static void warn(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
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
