package io.brandcloud.web.faces.support;

import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import java.util.function.BiConsumer;
import org.primefaces.model.file.UploadedFile;

/** The file a ticket page was given, handed to the service as a name and bytes. */
final class TicketUploads {

  private TicketUploads() {}

  /**
   * Attaches {@code file} through {@code attach} and sends the browser to {@code ticketPage}, so a
   * reload does not post the file again; says why not when no file was chosen or it was refused.
   */
  static void attach(
      UploadedFile file, Texts texts, BiConsumer<String, byte[]> attach, String ticketPage) {
    if (file == null || file.getSize() == 0) {
      FacesActions.error(texts.get("portal.ticket.noFile"));
      return;
    }
    if (FacesActions.attempt(
        () -> attach.accept(file.getFileName(), file.getContent()),
        texts.get("portal.ticket.attached"))) {
      FacesActions.redirect(ticketPage);
    }
  }
}
