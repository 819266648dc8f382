package io.strandwatch.otlp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The worst collector: it accepts TCP connections on 127.0.0.1 and never reads or answers, so an exporter waits
 * for its own timeout on every request.
 */
public final class SilentCollector implements AutoCloseable {

  private final ServerSocket socket;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();

  private SilentCollector(ServerSocket socket) {
    this.socket = socket;
    Thread acceptor = new Thread(this::acceptForever, "silent-collector");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static SilentCollector start() throws IOException {
    return new SilentCollector(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
  }

  private void acceptForever() {
    while (!socket.isClosed()) {
      try {
        accepted.add(socket.accept());
      } catch (IOException closed) {
        return;
      }
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Connections accepted so far. */
  public int connections() {
    return accepted.size();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : accepted) {
      s.close();
    }
  }
}
