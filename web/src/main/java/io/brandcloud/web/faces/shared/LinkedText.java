package io.brandcloud.web.faces.shared;

import io.brandcloud.web.edge.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Locale;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Text someone wrote (a ticket message, a mail) as HTML: escaped, with its web addresses as links.
 * Only http and https addresses become links, so a {@code javascript:} address stays text.
 */
@Named
@ApplicationScoped
public class LinkedText {

  private static final LinkExtractor ADDRESSES =
      LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

  public String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int done = 0;
    for (LinkSpan span : ADDRESSES.extractLinks(text)) {
      String address = text.substring(span.getBeginIndex(), span.getEndIndex());
      String target = span.getType() == LinkType.WWW ? "https://" + address : address;
      if (!isWeb(target)) {
        continue;
      }
      out.append(Html.escape(text.substring(done, span.getBeginIndex())))
          .append("<a href=\"")
          .append(Html.escape(target))
          .append("\" rel=\"noopener noreferrer nofollow ugc\" target=\"_blank\">")
          .append(Html.escape(address))
          .append("</a>");
      done = span.getEndIndex();
    }
    return out.append(Html.escape(text.substring(done))).toString();
  }

  private static boolean isWeb(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }
}
