package io.brandcloud.mail;

import io.brandcloud.shared.TenantSecrets;
import java.util.Base64;
import java.util.Locale;

/**
 * A mail as its recipient gets it, sealed for the tenant and that recipient: the database holds the
 * secret only encrypted, and only the dispatcher and the recipient open it.
 */
final class RecipientsCopy {

  private RecipientsCopy() {}

  static byte[] seal(String recipient, RenderedMessage message) {
    if (message == null) {
      return null;
    }
    String subject = message.subject();
    return TenantSecrets.seal(
        subject.length() + ":" + subject + message.body(), purpose(recipient));
  }

  /** The sealed copy in base64, for statements that bind text; null for none. */
  static String sealedText(String recipient, RenderedMessage message) {
    byte[] sealed = seal(recipient, message);
    return sealed == null ? null : Base64.getEncoder().encodeToString(sealed);
  }

  static RenderedMessage open(String recipient, byte[] sealed) {
    String text = TenantSecrets.open(sealed, purpose(recipient));
    int colon = text.indexOf(':');
    int end = colon + 1 + Integer.parseInt(text.substring(0, colon));
    return new RenderedMessage(text.substring(colon + 1, end), text.substring(end));
  }

  private static String purpose(String recipient) {
    return "mail:" + recipient.toLowerCase(Locale.ROOT);
  }
}
