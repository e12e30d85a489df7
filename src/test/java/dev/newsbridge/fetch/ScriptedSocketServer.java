package dev.newsbridge.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw socket server on 127.0.0.1 that plays a script on each connection: for misbehaviour an HTTP
 * server library will not produce (trickling bytes, lying lengths, truncated chunks).
 */
final class ScriptedSocketServer implements AutoCloseable {

  @FunctionalInterface
  interface Script {
    void play(Socket socket) throws IOException, InterruptedException;
  }

  private final ServerSocket serverSocket;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final AtomicInteger connections = new AtomicInteger();

  ScriptedSocketServer(Script script) throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    workers.submit(() -> acceptLoop(script));
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + path);
  }

  int connections() {
    return connections.get();
  }

  /** Writes {@code text} as ISO-8859-1 bytes and flushes. */
  static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads the request head so the client is not reset before it reads our answer. */
  static void readRequestHead(Socket socket) throws IOException {
    var in = socket.getInputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  private void acceptLoop(Script script) {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        connections.incrementAndGet();
        workers.submit(() -> play(script, socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private static void play(Script script, Socket socket) {
    try (socket) {
      script.play(socket);
    } catch (IOException | InterruptedException e) {
      // The client hung up, as intended.
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    workers.shutdownNow();
  }
}
