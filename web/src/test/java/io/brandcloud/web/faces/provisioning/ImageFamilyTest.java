package io.brandcloud.web.faces.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageFamilyTest {

  @Test
  void imagesAreGroupedBySystemWithTheirVersionsInTheProvidersOrder() {
    List<ImageFamily> families =
        ImageFamily.of(
            List.of(
                image("debian-10", "Debian 10"),
                image("ubuntu-2404", "Ubuntu 24.04 LTS"),
                image("debian-12", "Debian 12"),
                image("debian-9", "Debian 9"),
                image("rocky-9", "Rocky Linux 9"),
                image("arch", "Arch Linux"),
                image("unnamed-7", " ")));

    assertThat(families)
        .extracting(ImageFamily::name)
        .containsExactly("Debian", "Ubuntu", "Rocky Linux", "Arch Linux", "unnamed-7");
    assertThat(families.get(0).versions())
        .extracting(ImageFamily.Version::code, ImageFamily.Version::version)
        .as("newest first, by number")
        .containsExactly(
            tuple("debian-12", "12"), tuple("debian-10", "10"), tuple("debian-9", "9"));
    assertThat(families.get(0).single()).isFalse();
    assertThat(families.get(1).versions().get(0).version()).isEqualTo("24.04 LTS");
    assertThat(families.get(3).single()).isTrue();
    assertThat(families.get(3).versions().get(0).version()).as("no version named").isEmpty();
  }

  @Test
  void choosingAnImageDirectlyChoosesItsSystemAndVersion() {
    ServerPlacement placement = new ServerPlacement();
    placement.offered(
        List.of(),
        List.of(
            image("debian-12", "Debian 12"),
            image("debian-11", "Debian 11"),
            image("u", "Ubuntu 24.04")));
    assertThat(placement.getImage()).as("the first system's newest").isEqualTo("debian-12");
    placement.setImage("debian-11");
    assertThat(placement.getImageFamily()).isEqualTo("Debian");
    placement.setImageFamily("Ubuntu");
    assertThat(placement.getImage()).isEqualTo("u");
    placement.getImageVersions().put("Debian", "debian-12");
    placement.versionChosen("Debian");
    assertThat(placement.getImage()).isEqualTo("debian-12");
  }

  private static CatalogEntry image(String code, String name) {
    return new CatalogEntry(
        1, Kind.IMAGE, code, name, null, null, null, null, null, null, true, true, null);
  }
}
