package io.brandcloud.provisioning.domain;

/**
 * An open console: what the user types goes in with {@link #type}, what the server answers goes to
 * the screen the stream was attached with. Closed once, by either side.
 */
public interface ConsoleStream extends AutoCloseable {

  void type(String keys);

  @Override
  void close();
}
