package io.brandcloud.web.security;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.RequestOrigin;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Makes the client address known to services for the audit log, and forgets it and the request
 * caller afterwards.
 */
@WebListener
public class RequestOriginListener implements ServletRequestListener {

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    RequestOrigin.set(event.getServletRequest().getRemoteAddr());
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    RequestOrigin.clear();
    CurrentCaller.clear();
  }
}
