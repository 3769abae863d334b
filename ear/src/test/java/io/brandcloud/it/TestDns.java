package io.brandcloud.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DNS server the test server asks ({@code BRANDCLOUD_DNS_SERVER}, a port per fork): answers TXT
 * questions for the names a test set, "no such name" for any other, over UDP, in this JVM.
 */
public final class TestDns implements AutoCloseable {

  private static final int TXT = 16;
  private static final int NO_SUCH_NAME = 3;

  private final DatagramSocket socket;
  private final Map<String, List<String>> texts = new ConcurrentHashMap<>();
  private final Thread answering;

  private TestDns(DatagramSocket socket) {
    this.socket = socket;
    this.answering = new Thread(this::answer, "test-dns");
    answering.setDaemon(true);
    answering.start();
  }

  /** Listens where the test server's environment says its DNS server is. */
  public static TestDns start() {
    String server = System.getenv("BRANDCLOUD_DNS_SERVER");
    if (server == null) {
      throw new IllegalStateException(
          "BRANDCLOUD_DNS_SERVER is unset: run the test through Maven (the ear pom sets it)");
    }
    int colon = server.lastIndexOf(':');
    try {
      return new TestDns(
          new DatagramSocket(
              new InetSocketAddress(
                  InetAddress.getByName(server.substring(0, colon)),
                  Integer.parseInt(server.substring(colon + 1)))));
    } catch (SocketException | java.net.UnknownHostException e) {
      throw new IllegalStateException("The test DNS server cannot listen at " + server, e);
    }
  }

  public void txt(String name, String... values) {
    texts.put(name.toLowerCase(Locale.ROOT), List.of(values));
  }

  @Override
  public void close() {
    socket.close();
  }

  private void answer() {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket question = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(question);
        byte[] reply = reply(buffer, question.getLength());
        socket.send(new DatagramPacket(reply, reply.length, question.getSocketAddress()));
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private byte[] reply(byte[] query, int length) {
    StringBuilder name = new StringBuilder();
    int at = 12;
    while (at < length && query[at] != 0) {
      int label = query[at] & 0xff;
      name.append(name.isEmpty() ? "" : ".")
          .append(new String(query, at + 1, label, StandardCharsets.US_ASCII));
      at += label + 1;
    }
    int type = ((query[at + 1] & 0xff) << 8) | (query[at + 2] & 0xff);
    int questionEnd = at + 5;
    List<String> known = texts.get(name.toString().toLowerCase(Locale.ROOT));
    List<String> answers = known != null && type == TXT ? known : List.of();
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    reply.write(query[0]);
    reply.write(query[1]);
    reply.write(0x81); // a response to a recursive question
    reply.write(0x80 | (known == null ? NO_SUCH_NAME : 0));
    short16(reply, 1);
    short16(reply, answers.size());
    short16(reply, 0);
    short16(reply, 0);
    reply.write(query, 12, questionEnd - 12);
    for (String text : answers) {
      byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
      short16(reply, 0xc00c); // the name, as in the question
      short16(reply, TXT);
      short16(reply, 1);
      short16(reply, 0);
      short16(reply, 60);
      short16(reply, bytes.length + 1);
      reply.write(bytes.length);
      reply.write(bytes, 0, bytes.length);
    }
    return reply.toByteArray();
  }

  private static void short16(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xff);
    out.write(value & 0xff);
  }
}
