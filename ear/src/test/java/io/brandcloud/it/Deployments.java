package io.brandcloud.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test runs against: the built EAR with the tests added to its
 * web module (EAR/lib cannot see the EJB classes), so a test runs against exactly what ships. It is
 * deployed once for the whole run (arquillian.xml names this class to the suite extension):
 * deploying it for each test class cost about 15 s a class. Tests share the server anyway, so each
 * makes its own tenants and leaves the clock as it found it.
 */
public final class Deployments {

  static final String WEB_MODULE = "brandcloud-web.war";

  /** A pool of one connection to the fork's database, for the tenancy test. */
  static final String POOL_OF_ONE = "java:jboss/datasources/PoolOfOneIT";

  // the fork's database, as the test JVM knows it: @DataSourceDefinition cannot be told which
  private static final String POOL_OF_ONE_DS =
      """
      <datasources xmlns="urn:jboss:domain:datasources:7.2">
        <datasource jndi-name="%s" pool-name="PoolOfOneIT" jta="false">
          <connection-url>%s</connection-url>
          <driver>postgresql</driver>
          <pool><min-pool-size>1</min-pool-size><max-pool-size>1</max-pool-size></pool>
          <security><user-name>postgres</user-name><password>postgres</password></security>
        </datasource>
      </datasources>
      """;

  private Deployments() {}

  @Deployment
  public static EnterpriseArchive suite() {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/brandcloud.ear"));
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    // every test class and helper; those that run as clients (browser, mail, vendor stand-ins)
    // are never loaded on the server
    web.addPackages(true, Deployments.class.getPackage());
    web.addAsResource("staff-endpoints.txt");
    web.addAsResource("member-endpoints.txt");
    web.addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class));
    // reads exported workbooks back: FastExcel's reader with its StAX parser and zip reader
    web.addAsLibraries(
        jarOf(org.dhatim.fastexcel.reader.ReadableWorkbook.class),
        jarOf(com.fasterxml.aalto.stax.InputFactoryImpl.class),
        jarOf(org.codehaus.stax2.XMLStreamReader2.class),
        jarOf(org.apache.commons.compress.utils.IOUtils.class));
    // lets a test build its own one-connection pool with the server's PostgreSQL driver
    web.addAsManifestResource(new StringAsset("Dependencies: org.postgresql\n"), "MANIFEST.MF");
    web.addAsWebInfResource(
        new StringAsset(POOL_OF_ONE_DS.formatted(POOL_OF_ONE, System.getProperty("it.db.url"))),
        "brandcloud-it-ds.xml");
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
