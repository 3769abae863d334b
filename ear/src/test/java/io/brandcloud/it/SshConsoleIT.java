package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.brandcloud.access.Caller;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.consoles.application.ConsoleGrant;
import io.brandcloud.provisioning.consoles.application.Consoles;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import io.brandcloud.provisioning.consoles.domain.HostKeyPins;
import io.brandcloud.provisioning.consoles.infrastructure.ssh.SshConsoles;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.shell.ProcessShellFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SSH console of Linode and DigitalOcean servers against a real SSH server started in the test
 * (Apache MINA SSHD running {@code /bin/sh}): the console shows the server's key fingerprint and
 * goes on only on "yes", asks for the root password in the terminal, refuses a wrong one, runs a
 * command typed with the password in one go, and ends when the shell does; three wrong passwords
 * end it; a key trusted before needs no question, a changed one is a warning; the trusted key is
 * remembered per server; an address where nothing listens is a clear refusal.
 */
@ExtendWith(ArquillianExtension.class)
class SshConsoleIT {

  private static final String PASSWORD = "correct horse battery";

  @Inject SshConsoles consoles;
  @EJB Consoles consoleService;
  @Inject HostKeyPins hostKeys;
  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  private SshServer server;

  @BeforeEach
  void anSshServer() throws IOException {
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
    server.setPasswordAuthenticator(
        (user, password, session) -> "root".equals(user) && PASSWORD.equals(password));
    server.setShellFactory(new ProcessShellFactory("/bin/sh", "/bin/sh", "-i"));
    server.start();
  }

  @AfterEach
  void stopIt() throws IOException {
    server.stop(true);
  }

  @Test
  void aRootPasswordOpensAShellThatRunsACommand() {
    Screen screen = new Screen();
    ConsoleStream console = consoles.attach(access(server.getPort()), "ssh-host", screen);
    screen.waitFor("The authenticity of root@127.0.0.1 can't be established.\r\n");
    screen.waitFor(" key fingerprint is SHA256:");
    screen.waitFor("Are you sure you want to continue connecting (yes/no)? ");
    console.type("maybe\r");
    screen.waitFor("maybe\r\nPlease type 'yes' or 'no': ");
    console.type("yes\r");
    screen.waitFor("root@127.0.0.1's password: ");
    assertThat(screen.trusted).hasSize(1);
    assertThat(screen.text()).contains(" key fingerprint is " + screen.trusted.get(0) + ".");

    console.type("wrong\r");
    screen.waitFor("Permission denied, please try again.\r\nroot@127.0.0.1's password: ");
    console.type(PASSWORD + "\recho $((6 * 7))\r");
    screen.waitFor("42");
    assertThat(screen.text()).doesNotContain(PASSWORD).doesNotContain("wrong");

    console.type("exit\r");
    assertThat(screen.ended.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo("logout");
  }

  @Test
  void threeWrongPasswordsEndTheConsole() {
    Screen screen = new Screen();
    ConsoleStream console = consoles.attach(access(server.getPort()), "ssh-host", screen);
    console.type("yes\r");
    screen.waitFor("password: ");
    console.type("one\rtwo\r");
    screen.waitFor("please try again");
    console.type("three\r");
    assertThat(screen.ended.orTimeout(20, TimeUnit.SECONDS).join()).isEqualTo("permission denied");
    assertThat(screen.text()).contains("root@127.0.0.1: Permission denied (password).");
  }

  @Test
  void aKeyNotAcceptedEndsTheConsoleBeforeAnyPassword() {
    Screen screen = new Screen();
    ConsoleStream console = consoles.attach(access(server.getPort()), "ssh-host", screen);
    console.type("no\r");
    assertThat(screen.ended.orTimeout(10, TimeUnit.SECONDS).join())
        .isEqualTo("host key not accepted");
    assertThat(screen.text()).contains("Host key verification failed.").doesNotContain("password");
  }

  @Test
  void theKeyTrustedBeforeNeedsNoQuestionAndAChangedOneIsAWarning() {
    Screen first = new Screen();
    ConsoleStream meeting = consoles.attach(access(server.getPort()), "ssh-host", first);
    meeting.type("yes\r");
    first.waitFor("password: ");
    String fingerprint = first.trusted.get(0);
    meeting.close();

    Screen again = new Screen();
    ConsoleStream known =
        consoles.attach(access(server.getPort()).withHostKey(fingerprint), "ssh-host", again);
    again.waitFor("root@127.0.0.1's password: ");
    assertThat(again.text()).isEqualTo("root@127.0.0.1's password: ");
    known.close();

    Screen changed = new Screen();
    ConsoleStream suspicious =
        consoles.attach(
            access(server.getPort()).withHostKey("SHA256:another-key"), "ssh-host", changed);
    changed.waitFor("WARNING: THE SERVER'S HOST KEY HAS CHANGED!");
    changed.waitFor("It was SHA256:another-key, it is now ");
    changed.waitFor("Trust the new key (yes/no)? ");
    assertThat(changed.trusted).isEmpty();
    suspicious.type("yes\r");
    changed.waitFor("password: ");
    assertThat(changed.trusted).containsExactly(fingerprint);
    suspicious.close();
  }

  @Test
  void aTrustedKeyIsRememberedForItsServer() {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("ssh"), new BigDecimal("5.00"));
    long serverId = scenario.runningServer(shop, shop.customerId(), "ssh-pinned");
    ConsoleGrant grant =
        new ConsoleGrant(
            shop.tenant().tenantId(),
            serverId,
            shop.customerId(),
            "ssh-pinned",
            Caller.system("ssh-console-test"),
            "127.0.0.1",
            ProviderType.LINODE,
            null,
            "123",
            null);
    shop.as(
        () -> {
          consoleService.trusted(grant, "SHA256:first");
          consoleService.trusted(grant, "SHA256:second");
          return null;
        });
    assertThat(shop.as(() -> hostKeys.of(serverId))).hasValue("SHA256:second");
    assertThat(shop.as(() -> hostKeys.of(serverId + 1000))).isEmpty();
  }

  @Test
  void nothingListeningIsAClearRefusal() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    assertThatThrownBy(() -> consoles.attach(access(closedPort), "ssh-host", new Screen()))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("ssh to 127.0.0.1 port " + closedPort);
  }

  private static ConsoleAccess access(int port) {
    return new ConsoleAccess(ConsoleAccess.Kind.SSH, "ssh://root@127.0.0.1:" + port, null);
  }

  /** A browser's terminal: what the console shows, and how it ended. */
  private static final class Screen implements ConsoleScreen {

    private final StringBuffer shown = new StringBuffer();
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private final List<String> trusted = new CopyOnWriteArrayList<>();

    @Override
    public void trusted(String fingerprint) {
      trusted.add(fingerprint);
    }

    @Override
    public void show(String text) {
      shown.append(text);
    }

    @Override
    public void ended(String why) {
      ended.complete(why);
    }

    String text() {
      return shown.toString();
    }

    void waitFor(String text) {
      await().atMost(Duration.ofSeconds(10)).until(() -> shown.toString().contains(text));
    }
  }
}
