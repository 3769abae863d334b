package io.brandcloud.web.faces.shared;

import io.brandcloud.web.edge.StalePage;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import org.jboss.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * What a Faces request that failed tells the browser. A post-back whose view state the server does
 * not hold (expired with the session, or never ours), or whose script nonce is not the one its page
 * was rendered with, is the client's request gone stale, not our failure: a full post-back answers
 * 400 with the branded expired page ({@link StalePage}), and an Ajax one reloads the page (which
 * leads to the login page, and back, if the session ended too). 400 rather than 410 or 403: the
 * server cannot tell an expired view from a forged one, so it can claim neither that the view once
 * existed nor that the caller lacks a permission. Any other failure of an Ajax request is logged
 * and also reloads the page, instead of a partial response naming the exception's class.
 */
public class FacesFailures extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FacesFailures.class);

  public FacesFailures(ExceptionHandler wrapped) {
    super(wrapped);
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new FacesFailures(getWrapped().getExceptionHandler());
    }
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    boolean ajax = context.getPartialViewContext().isAjaxRequest();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      boolean stale = isStalePostback(failure) || isStatelessClaim(context);
      if (stale || ajax) {
        if (!stale) {
          LOG.error("Ajax request failed", failure);
        }
        events.remove();
        answerExpired(context);
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        return;
      }
    }
    getWrapped().handle();
  }

  private static boolean isStalePostback(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof CspException) {
        return true;
      }
      if (!(t instanceof FacesException)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A post-back that says its view is stateless ({@code jakarta.faces.ViewState=stateless}) for a
   * page that keeps state: Mojarra cannot restore it and says so with a bare {@link
   * FacesException}; to the browser it is a page that expired like any other.
   */
  private static boolean isStatelessClaim(FacesContext context) {
    String state =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(ResponseStateManager.VIEW_STATE_PARAM);
    return "stateless".equals(state) && context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW;
  }

  private static void answerExpired(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    try {
      if (context.getPartialViewContext().isAjaxRequest()) {
        external.redirect(addressOf(external));
      } else {
        external.responseReset();
        StalePage.write(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse());
      }
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }

  /** The address the browser used: a {@code /t/{slug}/} request reaches Faces forwarded. */
  private static String addressOf(ExternalContext external) {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded instanceof String original ? original : request.getRequestURI();
    Object query =
        forwarded != null
            ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    return query == null ? uri : uri + "?" + query;
  }
}
