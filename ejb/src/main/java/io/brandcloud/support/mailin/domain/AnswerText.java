package io.brandcloud.support.mailin.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a person added when answering a mail: the quoted mail under "On … wrote:", lines
 * starting with "&gt;", an "Original Message" block and a signature after "-- " are left out, so
 * the thread does not repeat itself with every answer.
 */
public final class AnswerText {

  private static final List<Pattern> QUOTE_STARTS =
      List.of(
          Pattern.compile("^On .{1,200} wrote:\\s*$"),
          Pattern.compile("^Am .{1,200} schrieb .{1,200}:\\s*$"),
          Pattern.compile("^Le .{1,200} a écrit\\s?:\\s*$"),
          Pattern.compile("^-{2,}\\s*(Original Message|Ursprüngliche Nachricht)\\s*-{2,}\\s*$"),
          Pattern.compile("^_{10,}\\s*$"),
          Pattern.compile("^From: .+$"),
          Pattern.compile("^Von: .+$"),
          Pattern.compile("^-- $"));

  private AnswerText() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      if (QUOTE_STARTS.stream().anyMatch(p -> p.matcher(line).matches())) {
        break;
      }
      if (!line.startsWith(">")) {
        kept.add(line);
      }
    }
    return String.join("\n", kept).strip();
  }
}
