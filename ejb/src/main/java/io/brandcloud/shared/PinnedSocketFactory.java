package io.brandcloud.shared;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Plain sockets that connect to one checked address whatever name they are asked for, for clients
 * that take a {@link SocketFactory} (Jakarta Mail): they keep the name for TLS, which they layer on
 * top, so the certificate is still checked against it; only the lookup is taken from them.
 */
public final class PinnedSocketFactory extends SocketFactory {

  private final InetAddress address;

  public PinnedSocketFactory(InetAddress address) {
    this.address = address;
  }

  @Override
  public Socket createSocket() {
    return new PinnedSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress local, int localPort)
      throws IOException {
    Socket socket = new PinnedSocket();
    socket.bind(new InetSocketAddress(local, localPort));
    socket.connect(new InetSocketAddress(address, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(port);
  }

  @Override
  public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
      throws IOException {
    return createSocket((String) null, port, local, localPort);
  }

  private Socket connected(int port) throws IOException {
    Socket socket = new PinnedSocket();
    socket.connect(new InetSocketAddress(address, port));
    return socket;
  }

  private final class PinnedSocket extends Socket {
    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      int port = endpoint instanceof InetSocketAddress named ? named.getPort() : 0;
      super.connect(new InetSocketAddress(address, port), timeout);
    }
  }
}
