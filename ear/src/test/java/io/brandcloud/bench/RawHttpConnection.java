package io.brandcloud.bench;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One keep-alive HTTP/1.1 connection over a plain socket, small enough for a load generator that
 * shares the CPUs with the server it measures: requests are prepared bytes, answers are read into
 * one reused buffer, and under load only the status line, {@code Content-Length}, chunked transfer
 * and {@code Connection: close} are looked at. Setup requests also keep headers and body.
 */
final class RawHttpConnection implements Closeable {

  private static final byte[] CONTENT_LENGTH = bytes("content-length:");
  private static final byte[] TRANSFER_ENCODING = bytes("transfer-encoding:");
  private static final byte[] CONNECTION = bytes("connection:");

  private final String host;
  private final int port;
  private final String localAddress;
  private final int timeoutMillis;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private int connects;
  private int lineLength;

  // what the headers of the answer being read said
  private long contentLength;
  private boolean chunked;
  private boolean closeAfter;

  /** An answer read in full, for setup and checks. */
  record Response(int status, List<String> headers, String body) {

    /** The values of every header of this name. */
    List<String> headers(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip())
          .toList();
    }

    Optional<String> header(String name) {
      return headers(name).stream().findFirst();
    }
  }

  RawHttpConnection(String host, int port, int timeoutMillis) {
    this(host, port, null, timeoutMillis);
  }

  /**
   * A connection from {@code localAddress} (any address of 127.0.0.0/8 on loopback), so that the
   * server sees it as a client of its own, as it would many customers' scripts.
   */
  RawHttpConnection(String host, int port, String localAddress, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.localAddress = localAddress;
    this.timeoutMillis = timeoutMillis;
  }

  /** A GET of {@code path} with extra header lines ({@code "Name: value"}). */
  static byte[] get(String hostHeader, String path, String... headers) {
    return request("GET", hostHeader, path, null, null, headers);
  }

  /** A request with a body, which is sent as UTF-8. */
  static byte[] request(
      String method,
      String hostHeader,
      String path,
      String contentType,
      String body,
      String... headers) {
    StringBuilder text = new StringBuilder(256);
    text.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    text.append("Host: ").append(hostHeader).append("\r\n");
    for (String header : headers) {
      text.append(header).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      text.append("Content-Type: ").append(contentType).append("\r\n");
      text.append("Content-Length: ").append(content.length).append("\r\n");
    }
    text.append("\r\n");
    byte[] head = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = new byte[head.length + content.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(content, 0, request, head.length, content.length);
    return request;
  }

  /** Opens the connection now, so that its set-up is not part of the first measured request. */
  void connect() throws IOException {
    if (socket != null) {
      return;
    }
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(timeoutMillis);
    if (localAddress != null) {
      socket.bind(new InetSocketAddress(localAddress, 0));
    }
    socket.connect(new InetSocketAddress(host, port), timeoutMillis);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    position = 0;
    limit = 0;
    connects++;
  }

  /** How often this connection had to be opened (more than once: the server closed it). */
  int connects() {
    return connects;
  }

  /** Sends a GET-like request (no {@code HEAD}) and reads its answer; returns the status only. */
  int exchange(byte[] request) throws IOException {
    return exchange(request, null, null);
  }

  /** Sends a request and reads its answer with headers and body. */
  Response send(byte[] request) throws IOException {
    List<String> headers = new ArrayList<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int status = exchange(request, headers, body);
    return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
  }

  private int exchange(byte[] request, List<String> headers, ByteArrayOutputStream body)
      throws IOException {
    connect();
    try {
      out.write(request);
      out.flush();
      int status;
      do {
        status = readHead(headers);
      } while (status >= 100 && status < 200);
      readBody(status, body);
      if (closeAfter) {
        close();
      }
      return status;
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private int readHead(List<String> headers) throws IOException {
    int start = readLine();
    int length = lineLength;
    if (length < 12
        || buffer[start + 8] != ' '
        || !isDigit(buffer[start + 9])
        || !isDigit(buffer[start + 10])
        || !isDigit(buffer[start + 11])) {
      throw new IOException(
          "Not an HTTP status line: "
              + new String(buffer, start, length, StandardCharsets.ISO_8859_1));
    }
    int status =
        (buffer[start + 9] - '0') * 100
            + (buffer[start + 10] - '0') * 10
            + buffer[start + 11]
            - '0';
    contentLength = -1;
    chunked = false;
    closeAfter = false;
    while (true) {
      start = readLine();
      length = lineLength;
      if (length == 0) {
        return status;
      }
      if (headers != null) {
        headers.add(new String(buffer, start, length, StandardCharsets.ISO_8859_1));
      }
      if (startsWithIgnoringCase(start, length, CONTENT_LENGTH)) {
        contentLength = parseDecimal(start + CONTENT_LENGTH.length, start + length);
      } else if (startsWithIgnoringCase(start, length, TRANSFER_ENCODING)) {
        chunked = contains(start, length, "chunked");
      } else if (startsWithIgnoringCase(start, length, CONNECTION)) {
        closeAfter = contains(start, length, "close");
      }
    }
  }

  private void readBody(int status, ByteArrayOutputStream body) throws IOException {
    if (status == 204 || status == 304) {
      return;
    }
    if (chunked) {
      while (true) {
        int start = readLine();
        long size = parseHex(start, start + lineLength);
        if (size == 0) {
          do {
            readLine(); // trailers: nothing we need
          } while (lineLength > 0);
          return;
        }
        consume(size, body);
        readLine();
      }
    }
    if (contentLength >= 0) {
      consume(contentLength, body);
      return;
    }
    consume(Long.MAX_VALUE, body);
    closeAfter = true;
  }

  /** Takes {@code count} bytes of body (or all up to the end of the stream for MAX_VALUE). */
  private void consume(long count, ByteArrayOutputStream body) throws IOException {
    long left = count;
    while (left > 0) {
      if (position == limit) {
        position = 0;
        limit = in.read(buffer, 0, buffer.length);
        if (limit < 0) {
          limit = 0;
          if (count == Long.MAX_VALUE) {
            return;
          }
          throw new EOFException("Connection closed inside a body");
        }
      }
      int taken = (int) Math.min(left, limit - position);
      if (body != null) {
        body.write(buffer, position, taken);
      }
      position += taken;
      left -= taken;
    }
  }

  /** Makes the next CRLF-terminated line available; returns its start, sets {@code lineLength}. */
  private int readLine() throws IOException {
    int scanned = position;
    while (true) {
      for (int i = scanned; i + 1 < limit; i++) {
        if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
          int start = position;
          lineLength = i - start;
          position = i + 2;
          return start;
        }
      }
      scanned = Math.max(position, limit - 1);
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        scanned -= position;
        limit -= position;
        position = 0;
      }
      if (limit == buffer.length) {
        throw new IOException("A header line longer than " + buffer.length + " bytes");
      }
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        throw new EOFException("Connection closed by the server");
      }
      limit += read;
    }
  }

  private boolean startsWithIgnoringCase(int start, int length, byte[] lowerCasePrefix) {
    if (length < lowerCasePrefix.length) {
      return false;
    }
    for (int i = 0; i < lowerCasePrefix.length; i++) {
      byte b = buffer[start + i];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != lowerCasePrefix[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean contains(int start, int length, String lowerCaseWord) {
    return new String(buffer, start, length, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT)
        .contains(lowerCaseWord);
  }

  private long parseDecimal(int from, int to) throws IOException {
    long value = 0;
    boolean digits = false;
    for (int i = from; i < to; i++) {
      byte b = buffer[i];
      if (b >= '0' && b <= '9') {
        value = value * 10 + (b - '0');
        digits = true;
      } else if (b != ' ' && b != '\t') {
        throw new IOException("Bad Content-Length");
      }
    }
    if (!digits) {
      throw new IOException("Empty Content-Length");
    }
    return value;
  }

  private long parseHex(int from, int to) throws IOException {
    long value = 0;
    boolean digits = false;
    for (int i = from; i < to; i++) {
      int digit = Character.digit(buffer[i], 16);
      if (digit < 0) {
        break; // a chunk extension follows
      }
      value = value * 16 + digit;
      digits = true;
    }
    if (!digits) {
      throw new IOException("Bad chunk size");
    }
    return value;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a connection we are done with; nothing to do if that fails
      }
      socket = null;
    }
  }
}
