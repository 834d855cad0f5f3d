package com.partnercenter.analytics.reliability.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real HTTP to the stub: {@link #send} through {@code java.net.http.HttpClient} for well-formed requests, and
 * {@link #raw} over a plain socket for what no HTTP client sends (raw spaces and control characters in the
 * target, bad percent-encoding, odd methods). Both return an {@link Exchange}.
 */
public final class StubHttp {
    public static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzdWIiOiJyZWxpYWJpbGl0eSJ9.c3R1Yi1zZWNyZXQtc2lnbmF0dXJl";
    public static final String BEARER = "Bearer " + TOKEN;

    private final String host;
    private final int port;
    private final HttpClient client;

    public StubHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Sends {@code method target} with {@code headers} (name, value pairs; a null value leaves the header out) and
     * an optional body. {@code target} is path and query, already encoded.
     */
    public Exchange send(String method, String target, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + target))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                b.header(headers[i], headers[i + 1]);
            }
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, List<String>> h = new TreeMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
            return new Exchange(method, target, r.statusCode(), h, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET with the valid token and any extra headers. */
    public Exchange get(String target, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = BEARER;
        System.arraycopy(headers, 0, all, 2, headers.length);
        for (int i = 2; i < all.length; i += 2) {
            if (all[i].equalsIgnoreCase("Authorization")) {
                all[1] = null; // the caller's Authorization (or its absence) wins
            }
        }
        return send("GET", target, null, all);
    }

    /**
     * Sends {@code requestHead} (request line and headers, without the final empty line) as bytes, then
     * {@code body}, and reads the response (Content-Length or chunked). {@code Host} and {@code Connection: close}
     * are added.
     */
    public Exchange raw(String method, String target, List<String> headerLines, byte[] body) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
            request.write(target.getBytes(StandardCharsets.UTF_8));
            request.write(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>(headerLines);
            lines.add("Host: " + host + ":" + port);
            lines.add("Connection: close");
            if (body != null) {
                lines.add("Content-Length: " + body.length);
            }
            for (String line : lines) {
                request.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            request.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return parse(method, target, socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    private static Exchange parse(String method, String target, InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (headEnd < 0) {
            throw new IOException("no complete response head: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] head = new String(all, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, headEnd + 4, all.length);
        List<String> te = headers.get("transfer-encoding");
        byte[] body = te != null && te.get(0).equalsIgnoreCase("chunked") ? dechunk(rest) : rest;
        return new Exchange(method, target, status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < data.length) {
            int lineEnd = indexOf(data, "\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            if (lineEnd < 0) {
                throw new IOException("bad chunked body");
            }
            String sizeText = new String(data, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(data, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] what) {
        return indexOf(data, what, 0);
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
