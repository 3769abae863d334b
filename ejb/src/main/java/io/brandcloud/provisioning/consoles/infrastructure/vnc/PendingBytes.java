package io.brandcloud.provisioning.consoles.infrastructure.vnc;

import java.util.Arrays;

/**
 * Bytes that arrived in pieces and wait to be read as whole protocol fields, up to a limit (a
 * handshake is small: more is a peer that is not speaking RFB).
 */
final class PendingBytes {

  private final int limit;
  private final String overflowing;
  private byte[] bytes = new byte[0];
  private int start;

  /** {@code overflowing}: the reason a console ends when more than {@code limit} bytes wait. */
  PendingBytes(int limit, String overflowing) {
    this.limit = limit;
    this.overflowing = overflowing;
  }

  void add(byte[] more) {
    if (size() + more.length > limit) {
      throw new VncRefused(overflowing);
    }
    byte[] joined =
        Arrays.copyOf(Arrays.copyOfRange(bytes, start, bytes.length), size() + more.length);
    System.arraycopy(more, 0, joined, size(), more.length);
    bytes = joined;
    start = 0;
  }

  int size() {
    return bytes.length - start;
  }

  boolean has(int count) {
    return size() >= count;
  }

  /** The unsigned byte at {@code offset}, without taking it. */
  int u8(int offset) {
    return bytes[start + offset] & 0xff;
  }

  /** The big-endian unsigned 32-bit number at {@code offset}, without taking it. */
  long u32(int offset) {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | u8(offset + i);
    }
    return value;
  }

  byte[] take(int count) {
    byte[] taken = Arrays.copyOfRange(bytes, start, start + count);
    start += count;
    return taken;
  }

  byte[] takeAll() {
    return take(size());
  }
}
