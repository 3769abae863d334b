package io.brandcloud.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.UploadedImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BrandImageTest {

  @Test
  void aWideLogoIsRedrawnAsAPngThatFitsAndIsAddressedByItsDigest() throws IOException {
    BrandImage logo =
        BrandImage.of(BrandImage.Kind.LOGO, decode(image(1200, 300, "jpeg"), "image/jpeg"));

    assertThat(logo.width()).isEqualTo(640);
    assertThat(logo.height()).isEqualTo(160);
    BufferedImage served = ImageIO.read(new ByteArrayInputStream(logo.png()));
    assertThat(served.getWidth()).as("a PNG of the pixels").isEqualTo(640);
    assertThat(logo.path()).matches("/brand/logo-[0-9a-f]{12}\\.png");
    assertThat(BrandImage.Kind.LOGO.isUploadedPath(logo.path())).isTrue();
    assertThat(BrandImage.Kind.LOGO.isUploadedPath("/brand/logo-../x.png")).isFalse();
    assertThat(BrandImage.Kind.LOGO.isUploadedPath("https://cdn.example/logo.png")).isFalse();
  }

  @Test
  void anIconIsFittedIntoASquareAndCentredAndHasAnAddressOfItsOwn() throws IOException {
    BrandImage icon =
        BrandImage.of(BrandImage.Kind.ICON, decode(image(400, 200, "png"), "image/png"));

    assertThat(icon.width()).isEqualTo(64);
    assertThat(icon.height()).isEqualTo(64);
    BufferedImage served = ImageIO.read(new ByteArrayInputStream(icon.png()));
    assertThat(served.getWidth()).isEqualTo(64);
    assertThat(served.getHeight()).isEqualTo(64);
    assertThat(served.getRGB(32, 2) >>> 24).as("above the wide image: transparent").isZero();
    assertThat(served.getRGB(32, 32) >>> 24).as("the image itself, centred").isEqualTo(255);
    assertThat(icon.path()).matches("/brand/icon-[0-9a-f]{12}\\.png");
    assertThat(BrandImage.Kind.ICON.isUploadedPath(icon.path())).isTrue();
    assertThat(BrandImage.Kind.LOGO.isUploadedPath(icon.path())).as("not a logo").isFalse();
  }

  @Test
  void aSmallLogoIsNeverScaledUp() throws IOException {
    BrandImage logo =
        BrandImage.of(BrandImage.Kind.LOGO, decode(image(90, 30, "png"), "image/png"));
    assertThat(logo.width()).isEqualTo(90);
    assertThat(logo.height()).isEqualTo(30);
  }

  @Test
  void whatIsNoPngOrJpegByItsContentIsRefusedNamingTheField() throws IOException {
    assertRefused(image(40, 40, "gif"), "image/png", "not a readable image");
    assertRefused(image(40, 40, "png"), "image/jpeg", "not a readable image");
    assertRefused(
        "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
        "image/png",
        "not a readable image");
    assertRefused(image(40, 40, "png"), "image/svg+xml", "PNG or JPEG");
    assertRefused(image(2001, 10, "png"), "image/png", "2000 × 2000");
    assertRefused(new byte[600 * 1024], "image/png", "512 KiB");
  }

  private static void assertRefused(byte[] bytes, String type, String message) {
    assertThatThrownBy(() -> decode(bytes, type))
        .isInstanceOfSatisfying(
            BrandcloudException.class, e -> assertThat(e.details()).containsEntry("field", "logo"))
        .hasMessageContaining(message);
  }

  private static BufferedImage decode(byte[] bytes, String type) {
    return UploadedImage.decode("logo", bytes, type, 512 * 1024, 2000);
  }

  private static byte[] image(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
