package io.brandcloud.provisioning.consoles.infrastructure.ssh;

import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.consoles.domain.ConsoleBridge;
import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.OutboundAddresses;
import io.brandcloud.shared.OutboundRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;

/**
 * Opens SSH consoles ({@link ConsoleAccess.Kind#SSH}) with one SSH client per node: connects and
 * agrees keys as the console opens; a key other than the one trusted for the server before is shown
 * and must be trusted (as {@code ssh} asks of a host it has not met, and PuTTY of a changed key);
 * then the terminal asks for the root password. The client offers passwords only: never the node's
 * own keys, never its {@code ~/.ssh/config}.
 */
@ApplicationScoped
public class SshConsoles implements ConsoleBridge {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private SshClient client;

  @PostConstruct
  void start() {
    client = SshClient.setUpDefaultClient();
    // the key is checked against the one trusted for the server (ConsoleAccess.hostKey) after the
    // key exchange, before any password is asked for
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
    client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
    client.setUserAuthFactories(
        List.of(UserAuthPasswordFactory.INSTANCE, UserAuthKeyboardInteractiveFactory.INSTANCE));
    client.start();
  }

  @PreDestroy
  void stop() throws IOException {
    client.close();
  }

  /** Any failure to reach the server, whatever its cause: nobody learns which ports are open. */
  static final String UNREACHABLE = "could not reach the server";

  @Override
  public ConsoleAccess.Kind kind() {
    return ConsoleAccess.Kind.SSH;
  }

  @Override
  public ConsoleStream attach(ConsoleAccess access, String hostname, ConsoleScreen screen) {
    URI target = URI.create(access.url());
    String user = target.getUserInfo() == null ? "root" : target.getUserInfo();
    int port = target.getPort() < 0 ? 22 : target.getPort();
    String where = "ssh to " + target.getHost() + " port " + port;
    ConnectFuture connecting;
    ClientSession session;
    try {
      // the server's address as the provider named it, checked and connected to once
      InetAddress address = OutboundAddresses.permitted(target.getHost());
      connecting = client.connect(user, new InetSocketAddress(address, port));
    } catch (OutboundRefusal e) {
      throw refused(where, e.getMessage());
    } catch (IOException e) {
      throw refused(where, UNREACHABLE);
    }
    try {
      session = connecting.verify(CONNECT_TIMEOUT).getClientSession();
    } catch (IOException e) {
      connecting.cancel();
      throw refused(where, UNREACHABLE);
    }
    try {
      Set<ClientSessionEvent> reached =
          session.waitFor(
              EnumSet.of(ClientSessionEvent.WAIT_AUTH, ClientSessionEvent.CLOSED), CONNECT_TIMEOUT);
      if (!reached.contains(ClientSessionEvent.WAIT_AUTH)
          || reached.contains(ClientSessionEvent.CLOSED)) {
        throw refused(where, UNREACHABLE);
      }
      SshConsole console =
          new SshConsole(session, user + "@" + target.getHost(), access.hostKey(), screen);
      console.greet();
      return console;
    } catch (RuntimeException e) {
      session.close(true);
      throw e;
    }
  }

  private static BrandcloudException refused(String where, String why) {
    return new BrandcloudException(ErrorCode.PROVIDER_FAILED, where + ": " + why);
  }
}
