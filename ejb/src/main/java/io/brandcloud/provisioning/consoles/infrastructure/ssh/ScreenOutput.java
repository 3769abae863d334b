package io.brandcloud.provisioning.consoles.infrastructure.ssh;

import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the SSH server writes, as text on the console's screen: UTF-8 decoded across writes, so a
 * character split between two packets arrives whole; bytes that are no UTF-8 show as U+FFFD.
 */
final class ScreenOutput extends OutputStream {

  private final ConsoleScreen screen;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private byte[] pending = new byte[0];

  ScreenOutput(ConsoleScreen screen) {
    this.screen = screen;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.allocate(pending.length + length);
    in.put(pending).put(bytes, offset, length).flip();
    CharBuffer out = CharBuffer.allocate(in.remaining());
    decoder.decode(in, out, false);
    pending = new byte[in.remaining()];
    in.get(pending);
    out.flip();
    if (out.hasRemaining()) {
      screen.show(out.toString());
    }
  }
}
