package io.brandcloud.provisioning.infrastructure.ssh;

import io.brandcloud.provisioning.domain.ConsoleAccess;
import io.brandcloud.provisioning.domain.ConsoleBridge;
import io.brandcloud.provisioning.domain.ConsoleScreen;
import io.brandcloud.provisioning.domain.ConsoleStream;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * Opens SSH consoles ({@link ConsoleAccess.Kind#SSH}) with one SSH client per node: connects and
 * agrees keys as the console opens, shows the server's key fingerprint (as {@code ssh} does for a
 * host it has not met) and asks for the root password in the terminal.
 */
@ApplicationScoped
public class SshConsoles implements ConsoleBridge {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private SshClient client;

  @PostConstruct
  void start() {
    client = SshClient.setUpDefaultClient();
    // no known_hosts to check against: the console shows the key's fingerprint before the password
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  @PreDestroy
  void stop() throws IOException {
    client.close();
  }

  @Override
  public ConsoleAccess.Kind kind() {
    return ConsoleAccess.Kind.SSH;
  }

  @Override
  public ConsoleStream attach(ConsoleAccess access, String hostname, ConsoleScreen screen) {
    URI target = URI.create(access.url());
    String user = target.getUserInfo() == null ? "root" : target.getUserInfo();
    int port = target.getPort() < 0 ? 22 : target.getPort();
    ClientSession session;
    try {
      session =
          client.connect(user, target.getHost(), port).verify(CONNECT_TIMEOUT).getClientSession();
      session.waitFor(
          java.util.EnumSet.of(
              ClientSession.ClientSessionEvent.WAIT_AUTH, ClientSession.ClientSessionEvent.CLOSED),
          CONNECT_TIMEOUT);
    } catch (IOException e) {
      throw new BrandcloudException(
          ErrorCode.PROVIDER_FAILED,
          "ssh to " + target.getHost() + " port " + port + ": " + e.getMessage());
    }
    SshConsole console = new SshConsole(session, user + "@" + target.getHost(), screen);
    console.greet();
    return console;
  }
}
