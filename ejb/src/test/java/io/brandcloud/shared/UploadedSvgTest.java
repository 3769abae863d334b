package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UploadedSvgTest {

  private static final int KIB_64 = 64 * 1024;

  private HttpServer outside;
  private final AtomicInteger asked = new AtomicInteger();

  @BeforeEach
  void anOutsideServerThatCountsWhatIsAskedOfIt() throws Exception {
    outside = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    outside.createContext(
        "/",
        exchange -> {
          asked.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    outside.start();
  }

  @AfterEach
  void stop() {
    outside.stop(0);
  }

  @Test
  void aVectorLogoIsDrawnAsLargeAsTheBoxAllows() {
    BufferedImage drawn =
        UploadedSvg.draw(
            "logo",
            svg("viewBox=\"0 0 100 25\"", "<rect width=\"100\" height=\"25\" fill=\"#1864ab\"/>"),
            KIB_64,
            640,
            160);

    assertThat(drawn.getWidth()).isEqualTo(640);
    assertThat(drawn.getHeight()).isEqualTo(160);
    assertThat(drawn.getRGB(320, 80) & 0xffffff).isEqualTo(0x1864ab);
  }

  @Test
  void aTallImageFitsTheBoxByItsHeight() {
    BufferedImage drawn =
        UploadedSvg.draw(
            "icon",
            svg("width=\"10\" height=\"20\"", "<circle cx=\"5\" cy=\"10\" r=\"5\" fill=\"red\"/>"),
            KIB_64,
            64,
            64);

    assertThat(drawn.getWidth()).isEqualTo(32);
    assertThat(drawn.getHeight()).isEqualTo(64);
  }

  @Test
  void nothingOutsideTheFileIsFetchedWhileDrawing() {
    String url = "http://127.0.0.1:" + outside.getAddress().getPort();
    byte[] file =
        ("<!DOCTYPE svg [<!ENTITY secret SYSTEM \""
                + url
                + "/entity\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 25\">"
                + "<rect width=\"100\" height=\"25\" fill=\"#1864ab\"/>"
                + "<image href=\""
                + url
                + "/image.png\" width=\"10\" height=\"10\"/>"
                + "<use xlink:href=\""
                + url
                + "/sprite.svg#mark\"/>"
                + "<style>@import url(\""
                + url
                + "/style.css\");</style>"
                + "<text>&secret;</text></svg>")
            .getBytes(StandardCharsets.UTF_8);

    try {
      UploadedSvg.draw("logo", file, KIB_64, 640, 160);
    } catch (BrandcloudException refused) {
      assertThat(refused.getMessage()).contains("not a readable SVG");
    }

    assertThat(asked).as("requests that reached the outside server").hasValue(0);
  }

  @Test
  void scriptsAreNotPartOfWhatIsDrawnAndAFileOfOnlyAScriptDrawsNothing() {
    assertThatThrownBy(
            () ->
                UploadedSvg.draw(
                    "logo",
                    svg(
                        "viewBox=\"0 0 100 25\" onload=\"alert(1)\"",
                        "<script>document.title='owned'</script>"),
                    KIB_64,
                    640,
                    160))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("draws nothing");
  }

  @Test
  void filtersAndPatternsThatCouldAskForGigabytesAreRefusedBeforeDrawing() {
    for (String effect :
        new String[] {
          "<filter id=\"f\" x=\"-1000\" y=\"-1000\" width=\"3000\" height=\"3000\">"
              + "<feGaussianBlur stdDeviation=\"100000\"/></filter>"
              + "<rect width=\"100\" height=\"25\" filter=\"url(#f)\"/>",
          "<pattern id=\"p\" width=\"100000\" height=\"100000\" patternUnits=\"userSpaceOnUse\">"
              + "<rect width=\"100000\" height=\"100000\"/></pattern>"
              + "<g transform=\"scale(100)\"><rect width=\"100\" height=\"25\" fill=\"url(#p)\"/></g>"
        }) {
      assertThatThrownBy(
              () ->
                  UploadedSvg.draw("logo", svg("viewBox=\"0 0 100 25\"", effect), KIB_64, 640, 160))
          .isInstanceOf(BrandcloudException.class)
          .hasMessageContaining("filters or patterns");
    }
  }

  @Test
  void whatIsNoSvgHasNoSizeOrIsTooLargeIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                UploadedSvg.draw(
                    "logo", "hello".getBytes(StandardCharsets.UTF_8), KIB_64, 640, 160))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("not a readable SVG");
    assertThatThrownBy(
            () ->
                UploadedSvg.draw(
                    "logo",
                    svg("width=\"0\" height=\"0\"", "<rect width=\"10\" height=\"10\"/>"),
                    KIB_64,
                    640,
                    160))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("no size");
    assertThatThrownBy(() -> UploadedSvg.draw("icon", new byte[KIB_64 + 1], KIB_64, 64, 64))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("at most 64 KiB");
  }

  private static byte[] svg(String attributes, String content) {
    return ("<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + ">" + content + "</svg>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
