package io.brandcloud.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shipped add-placement.cli and remove-placement.cli against the test server, from inside
 * it, the way an operator runs them against a node: with jboss-cli.sh and a properties file.
 */
final class PlacementCli {

  private PlacementCli() {}

  static void add(String name, int port, String database) {
    run(
        "add-placement.cli",
        """
        placement.name=%s
        placement.host=127.0.0.1
        placement.port=%d
        placement.database=%s
        placement.user=postgres
        placement.password=postgres
        placement.pool.max=10
        """
            .formatted(name, port, database));
  }

  static void remove(String name) {
    run("remove-placement.cli", "placement.name=" + name + "\n");
  }

  private static void run(String script, String properties) {
    try {
      Path settings = Files.createTempFile("placement", ".properties");
      Files.writeString(settings, properties, StandardCharsets.UTF_8);
      Path home = Path.of(System.getProperty("jboss.home.dir"));
      int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
      Process cli =
          new ProcessBuilder(
                  List.of(
                      home.resolve("bin/jboss-cli.sh").toString(),
                      "--connect",
                      "--controller=127.0.0.1:" + (9990 + offset),
                      "--resolve-parameter-values",
                      "--properties=" + settings,
                      "--file=" + scripts().resolve(script)))
              .redirectErrorStream(true)
              .start();
      String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!cli.waitFor(2, TimeUnit.MINUTES) || cli.exitValue() != 0) {
        throw new IllegalStateException(script + " failed: " + output);
      }
      Files.delete(settings);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The repository's CLI scripts, which the build passes to the server as a system property. */
  private static Path scripts() {
    return Path.of(System.getProperty("brandcloud.it.cli.dir"));
  }
}
