package io.brandcloud.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The built EAR with the calling test added to its web module (EAR/lib cannot see the EJB classes),
 * so a test runs against exactly what ships.
 */
public final class Deployments {

  static final String WEB_MODULE = "brandcloud-web.war";

  private Deployments() {}

  public static EnterpriseArchive ear(Class<?>... testClasses) {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/brandcloud.ear"));
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    web.addClasses(testClasses);
    web.addClasses(Deployments.class, TestTenants.class, Http.class);
    web.addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class));
    // lets a test build its own one-connection pool with the server's PostgreSQL driver
    web.addAsManifestResource(new StringAsset("Dependencies: org.postgresql\n"), "MANIFEST.MF");
    ear.delete(WEB_MODULE);
    ear.addAsModule(Testable.archiveToTest(web));
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
