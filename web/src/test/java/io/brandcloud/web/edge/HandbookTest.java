package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The handbook holds together: every page its menu names exists, and every link in it, and in the
 * README, leads somewhere that exists (another page, a file of the repository, or the web).
 */
class HandbookTest {

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Path HANDBOOK = Path.of("src/main/resources/handbook");
  private static final Path ROOT = Path.of("..");

  @Test
  void everyPageOfTheMenuExistsAndEveryPageIsInTheMenu() throws IOException {
    List<String> files;
    try (Stream<Path> pages = Files.list(HANDBOOK)) {
      files =
          pages.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
    }
    assertThat(Handbook.PAGES.stream().map(p -> p[0]).sorted().toList()).isEqualTo(files);
    for (String[] page : Handbook.PAGES) {
      assertThat(Handbook.read(page[0])).as(page[0]).isPresent();
    }
  }

  @Test
  void noLinkInTheHandbookOrTheReadmeIsBroken() throws IOException {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> pages = Files.list(HANDBOOK)) {
      for (Path page : pages.toList()) {
        for (String target : links(page)) {
          if (!isWeb(target) && !Files.isRegularFile(HANDBOOK.resolve(target))) {
            broken.add(page.getFileName() + " → " + target);
          }
        }
      }
    }
    for (String target : links(ROOT.resolve("README.md"))) {
      Path inRepository = ROOT.resolve(target).normalize();
      if (!isWeb(target)
          && (!inRepository.startsWith(ROOT.normalize()) || !Files.exists(inRepository))) {
        broken.add("README.md → " + target);
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void linksBetweenPagesLeadToTheirAddressHere() {
    String html = "<a href=\"api.md\">API</a> <a href=\"https://example.com/x.md\">x</a>";

    assertThat(Handbook.linked(html, "/docs/"))
        .isEqualTo("<a href=\"/docs/api\">API</a> <a href=\"https://example.com/x.md\">x</a>");
  }

  private static List<String> links(Path file) throws IOException {
    List<String> targets = new ArrayList<>();
    Matcher link = LINK.matcher(Files.readString(file));
    while (link.find()) {
      targets.add(link.group(1));
    }
    return targets;
  }

  private static boolean isWeb(String target) {
    return target.startsWith("http://") || target.startsWith("https://");
  }
}
