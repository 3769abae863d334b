package io.brandcloud.web.faces.shared;

import io.brandcloud.live.PushHub;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;

/**
 * Takes the push mark ({@code #{liveMark}}) as a Faces request starts, before a page reads what it
 * shows, so a live page's socket knows whether anything changed in between.
 */
public class LiveMarks implements PhaseListener {

  public static final String ATTRIBUTE = "liveMark";
  private static final long serialVersionUID = 1L;

  @Inject transient PushHub hub;

  @Override
  public void beforePhase(PhaseEvent event) {
    event.getFacesContext().getExternalContext().getRequestMap().put(ATTRIBUTE, hub.mark());
  }

  @Override
  public void afterPhase(PhaseEvent event) {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
