package io.brandcloud.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Every Facelets file is well-formed XML: a page that is not fails only when someone opens it, so
 * the quick tier says so first.
 */
class PagesAreWellFormedTest {

  @Test
  void everyPageTemplateTagAndCompositeParses() throws IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        try {
          factory.newDocumentBuilder().parse(page.toFile());
        } catch (Exception e) {
          broken.add(page + ": " + e.getMessage());
        }
      }
    }
    assertThat(broken).isEmpty();
  }
}
