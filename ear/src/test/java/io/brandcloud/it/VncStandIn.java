package io.brandcloud.it;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server's VNC as VirtFusion's proxy offers it, deployed with a test: RFB 3.8 over a WebSocket,
 * VNC authentication with the password {@value #PASSWORD} and a fixed challenge (whose right answer
 * OpenSSL computed, so the panel's DES is checked against another implementation), a 64×48 screen
 * named {@value #DESKTOP} filled with one colour whenever the whole screen is asked for. It keeps
 * the messages a client sent after the handshake, by type.
 */
@ServerEndpoint("/it/vnc-stand-in")
public class VncStandIn {

  static final String PASSWORD = "ZNYonJeU";
  static final String DESKTOP = "stand-in";
  static final int WIDTH = 64;
  static final int HEIGHT = 48;
  static final List<Integer> RECEIVED = new CopyOnWriteArrayList<>();
  private static final byte[] CHALLENGE =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
  // openssl enc -des-ecb -nopad -K 5a729af67652a6aa -provider legacy -provider default
  private static final byte[] ANSWER = HexFormat.of().parseHex("e82dcbca948882d871d27cbb3d7bdc4e");

  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private int step;

  @OnOpen
  public void open(Session session) throws IOException {
    send(session, "RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
  }

  @OnMessage
  public synchronized void heard(Session session, ByteBuffer message) throws IOException {
    byte[] bytes = new byte[message.remaining()];
    message.get(bytes);
    pending.writeBytes(bytes);
    boolean moved = true;
    while (moved && session.isOpen()) {
      moved = advance(session);
    }
  }

  private boolean advance(Session session) throws IOException {
    byte[] all = pending.toByteArray();
    int needed =
        switch (step) {
          case 0 -> 12;
          case 1, 3 -> 1;
          case 2 -> 16;
          default -> clientMessageLength(all);
        };
    if (needed <= 0 || all.length < needed) {
      return false;
    }
    byte[] message = Arrays.copyOf(all, needed);
    pending.reset();
    pending.write(all, needed, all.length - needed);
    switch (step) {
      case 0 -> send(session, new byte[] {1, 2});
      case 1 -> send(session, CHALLENGE);
      case 2 -> {
        if (!Arrays.equals(message, ANSWER)) {
          send(session, failure("Authentication failed"));
          session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "bye"));
          return false;
        }
        send(session, new byte[4]);
      }
      case 3 -> send(session, serverInit());
      default -> {
        RECEIVED.add(message[0] & 0xff);
        // a whole-screen request is answered; an incremental one waits for a change that never
        // comes
        if (message[0] == 3 && message[1] == 0) {
          send(session, solidScreen());
        }
      }
    }
    step++;
    return true;
  }

  /** The length of the client message at the start of {@code bytes}; 0 while unknown. */
  private static int clientMessageLength(byte[] bytes) {
    if (bytes.length < 1) {
      return 0;
    }
    return switch (bytes[0]) {
      case 0 -> 20; // SetPixelFormat
      case 2 -> bytes.length < 4 ? 0 : 4 + 4 * u16(bytes, 2); // SetEncodings
      case 3 -> 10; // FramebufferUpdateRequest
      case 4 -> 8; // KeyEvent
      case 5 -> 6; // PointerEvent
      case 6 -> bytes.length < 8 ? 0 : 8 + u16(bytes, 6); // ClientCutText (short texts)
      default -> bytes.length; // anything else: taken whole, kept by its type
    };
  }

  private static byte[] serverInit() {
    ByteBuffer init = ByteBuffer.allocate(24 + DESKTOP.length());
    init.putShort((short) WIDTH).putShort((short) HEIGHT);
    // 32 bits per pixel, depth 24, little-endian, true colour, 255 each, red at 16, green 8, blue 0
    init.put(new byte[] {32, 24, 0, 1, 0, (byte) 255, 0, (byte) 255, 0, (byte) 255, 16, 8, 0});
    init.put(new byte[3]);
    init.putInt(DESKTOP.length()).put(DESKTOP.getBytes(StandardCharsets.US_ASCII));
    return init.array();
  }

  /** One raw rectangle over the whole screen, in noVNC's pixel format (red, green, blue, 0). */
  private static byte[] solidScreen() {
    ByteBuffer update = ByteBuffer.allocate(4 + 12 + WIDTH * HEIGHT * 4);
    update.put((byte) 0).put((byte) 0).putShort((short) 1);
    update.putShort((short) 0).putShort((short) 0);
    update.putShort((short) WIDTH).putShort((short) HEIGHT).putInt(0);
    for (int i = 0; i < WIDTH * HEIGHT; i++) {
      update.put((byte) 0x1c).put((byte) 0x7e).put((byte) 0xd6).put((byte) 0);
    }
    return update.array();
  }

  private static byte[] failure(String reason) {
    byte[] text = reason.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(8 + text.length).putInt(1).putInt(text.length).put(text).array();
  }

  private static int u16(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xff) << 8) | (bytes[offset + 1] & 0xff);
  }

  private static void send(Session session, byte[] bytes) throws IOException {
    session.getBasicRemote().sendBinary(ByteBuffer.wrap(bytes));
  }
}
