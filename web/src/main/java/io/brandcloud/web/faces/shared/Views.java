package io.brandcloud.web.faces.shared;

import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** The language of the page being rendered: the browser's choice among the portal's languages. */
public final class Views {

  private Views() {}

  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.ENGLISH;
  }
}
