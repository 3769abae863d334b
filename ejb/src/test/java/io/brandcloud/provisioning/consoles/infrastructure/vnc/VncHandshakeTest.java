package io.brandcloud.provisioning.consoles.infrastructure.vnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class VncHandshakeTest {

  private static final byte[] CHALLENGE =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

  private final Recorded wire = new Recorded();

  @Test
  void thePanelAnswersThePasswordAndTheBrowserIsOfferedNoSecurity() {
    VncHandshake handshake = new VncHandshake(wire, "ZNYonJeU");

    handshake.fromServer(ascii("RFB 003.008\n"));
    assertThat(wire.takeServer()).isEqualTo(ascii("RFB 003.008\n"));
    handshake.fromServer(new byte[] {2, 1, 2});
    assertThat(wire.takeServer()).containsExactly(2);
    handshake.fromServer(CHALLENGE);
    // DES of the challenge keyed by the mirrored password, as computed by OpenSSL:
    // openssl enc -des-ecb -nopad -K 5a729af67652a6aa -provider legacy -provider default
    assertThat(HexFormat.of().formatHex(wire.takeServer()))
        .isEqualTo("e82dcbca948882d871d27cbb3d7bdc4e");
    assertThat(wire.takeBrowser()).isEmpty();

    handshake.fromServer(new byte[] {0, 0, 0, 0});
    assertThat(wire.takeBrowser()).isEqualTo(ascii("RFB 003.008\n"));
    handshake.fromBrowser(ascii("RFB 003.008\n"));
    assertThat(wire.takeBrowser()).containsExactly(1, 1);
    handshake.fromBrowser(new byte[] {1});
    assertThat(wire.takeBrowser()).containsExactly(0, 0, 0, 0);
    assertThat(handshake.relaying()).isTrue();

    handshake.fromBrowser(new byte[] {1});
    assertThat(wire.takeServer()).as("ClientInit passes through").containsExactly(1);
    handshake.fromServer(new byte[] {0, 64, 0, 48});
    assertThat(wire.takeBrowser()).containsExactly(0, 64, 0, 48);
  }

  @Test
  void piecesOfAnyLengthMakeTheSameConversation() {
    VncHandshake handshake = new VncHandshake(wire, "secret");
    byte[] server = join(ascii("RFB 003.008\n"), new byte[] {1, 2}, CHALLENGE, new byte[4]);
    for (byte b : server) {
      handshake.fromServer(new byte[] {b});
    }
    assertThat(HexFormat.of().formatHex(wire.takeServer()))
        .isEqualTo(
            HexFormat.of().formatHex(ascii("RFB 003.008\n"))
                + "02"
                + "ee22539f33a5983ec12f9c2edbc995dd");
    byte[] browser = join(ascii("RFB 003.008\n"), new byte[] {1, 1});
    handshake.fromBrowser(browser);
    assertThat(handshake.relaying()).isTrue();
    assertThat(wire.takeServer())
        .as("the browser's ClientInit, sent with its choice")
        .containsExactly(1);
  }

  @Test
  void aServerWithoutAPasswordAndAnOlderProtocolIsMetOnItsTerms() {
    VncHandshake handshake = new VncHandshake(wire, null);
    handshake.fromServer(ascii("RFB 003.007\n"));
    assertThat(wire.takeServer()).isEqualTo(ascii("RFB 003.007\n"));
    handshake.fromServer(new byte[] {2, 2, 1});
    assertThat(wire.takeServer()).as("no password: none is chosen").containsExactly(1);
    assertThat(wire.takeBrowser())
        .as("3.7 sends no result for none")
        .isEqualTo(ascii("RFB 003.008\n"));

    Recorded oldWire = new Recorded();
    VncHandshake old = new VncHandshake(oldWire, "pw");
    old.fromServer(ascii("RFB 003.003\n"));
    old.fromServer(new byte[] {0, 0, 0, 2});
    old.fromServer(CHALLENGE);
    assertThat(oldWire.takeServer()).hasSize(12 + 16);
    old.fromServer(new byte[] {0, 0, 0, 0});
    assertThat(oldWire.takeBrowser()).isEqualTo(ascii("RFB 003.008\n"));
  }

  @Test
  void aWrongPasswordEndsWithTheServersReason() {
    VncHandshake handshake = new VncHandshake(wire, "wrong");
    handshake.fromServer(join(ascii("RFB 003.008\n"), new byte[] {1, 2}, CHALLENGE));
    byte[] failed = join(new byte[] {0, 0, 0, 1, 0, 0, 0, 14}, ascii("Authentication"));
    assertThatThrownBy(() -> handshake.fromServer(failed))
        .isInstanceOf(VncRefused.class)
        .hasMessage("VNC authentication failed: Authentication");
    assertThat(wire.takeBrowser()).isEmpty();
  }

  @Test
  void aServerThatRefusesOrSpeaksSomethingElseEndsTheConsole() {
    VncHandshake refusing = new VncHandshake(wire, "pw");
    refusing.fromServer(ascii("RFB 003.008\n"));
    assertThatThrownBy(() -> refusing.fromServer(join(new byte[] {0, 0, 0, 0, 4}, ascii("busy"))))
        .hasMessage("the console refused: busy");

    assertThatThrownBy(() -> new VncHandshake(wire, "pw").fromServer(ascii("HTTP/1.1 200\n")))
        .hasMessage("the console spoke no VNC");

    VncHandshake tight = new VncHandshake(wire, "pw");
    tight.fromServer(ascii("RFB 003.008\n"));
    assertThatThrownBy(() -> tight.fromServer(new byte[] {1, 16}))
        .hasMessage("the console asks for a kind of VNC security the panel does not speak");

    VncHandshake noisy = new VncHandshake(wire, "pw");
    noisy.fromServer(ascii("RFB 003.008\n"));
    assertThatThrownBy(() -> noisy.fromServer(new byte[] {0, 127, 0, 0, 0}))
        .hasMessage("the console spoke no VNC");
  }

  @Test
  void aBrowserMustTakeWhatItIsOffered() {
    VncHandshake handshake = new VncHandshake(wire, null);
    handshake.fromServer(join(ascii("RFB 003.008\n"), new byte[] {1, 1, 0, 0, 0, 0}));
    assertThatThrownBy(() -> handshake.fromBrowser(ascii("RFB 003.003\n")))
        .hasMessage("the browser spoke no VNC 3.7 or 3.8");

    VncHandshake other = new VncHandshake(wire, null);
    other.fromServer(join(ascii("RFB 003.008\n"), new byte[] {1, 1, 0, 0, 0, 0}));
    other.fromBrowser(ascii("RFB 003.008\n"));
    assertThatThrownBy(() -> other.fromBrowser(new byte[] {2}))
        .hasMessage("the browser chose a kind of VNC security it was not offered");

    VncHandshake flooded = new VncHandshake(wire, "pw");
    assertThatThrownBy(() -> flooded.fromBrowser(new byte[17 * 1024]))
        .hasMessage("the browser spoke no VNC");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  /** What the handshake sent each way since it was last looked at. */
  private static final class Recorded implements VncHandshake.Wire {
    private final ByteArrayOutputStream server = new ByteArrayOutputStream();
    private final ByteArrayOutputStream browser = new ByteArrayOutputStream();

    @Override
    public void toServer(byte[] bytes) {
      server.writeBytes(bytes);
    }

    @Override
    public void toBrowser(byte[] bytes) {
      browser.writeBytes(bytes);
    }

    byte[] takeServer() {
      byte[] bytes = server.toByteArray();
      server.reset();
      return bytes;
    }

    byte[] takeBrowser() {
      byte[] bytes = browser.toByteArray();
      browser.reset();
      return bytes;
    }
  }
}
