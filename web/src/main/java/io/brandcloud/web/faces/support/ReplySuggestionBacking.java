package io.brandcloud.web.faces.support;

import io.brandcloud.support.suggestions.application.ReplySuggestions;
import io.brandcloud.support.suggestions.application.Suggestion;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A suggested reply at the desk, asked for by a button: shown with what it was built from, and put
 * into the reply box only when staff choose to; it is never sent by itself.
 */
@Named
@ViewScoped
public class ReplySuggestionBacking implements Serializable {

  @EJB ReplySuggestions suggestions;
  @Inject TicketDeskBacking desk;

  private Suggestion suggestion;

  public void suggest() {
    FacesActions.attempt(() -> suggestion = suggestions.suggest(desk.getId()), null);
  }

  public void use() {
    if (suggestion != null && suggestion.text() != null) {
      desk.getForm().insert(suggestion.text());
    }
  }

  public Suggestion getSuggestion() {
    return suggestion;
  }
}
