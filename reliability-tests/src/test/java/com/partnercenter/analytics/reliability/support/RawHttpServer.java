package com.partnercenter.analytics.reliability.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server written on raw sockets, for faults WireMock cannot shape exactly: the status line and
 * headers go out at once, then the body behaves as the handler says (stalls, trickles). Each connection is served on
 * its own daemon thread; {@link #close()} closes every socket and waits for those threads.
 */
public final class RawHttpServer implements AutoCloseable {
    /** Writes the response for connection number {@code index} (0-based); may block until the socket closes. */
    @FunctionalInterface
    public interface Handler {
        void respond(int index, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Handler handler;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public RawHttpServer(Handler handler) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.handler = handler;
        this.acceptor = new Thread(this::accept, "raw-http-acceptor");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** How many connections were accepted. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                int index = connections.getAndIncrement();
                Thread t = new Thread(() -> serve(socket, index), "raw-http-" + index);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket, int index) {
        try (socket) {
            readRequestHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            handler.respond(index, out);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away or the server is closing
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return;
            }
        }
    }

    /** The head of a 200 JSON response whose body is {@code contentLength} bytes. */
    public static byte[] okHead(int contentLength) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
        acceptor.join(5000);
        for (Thread t : threads) {
            t.interrupt();
            t.join(5000);
        }
    }
}
