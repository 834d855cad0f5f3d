package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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

/**
 * Starts the stub once (the context is shared by every HTTP test class) on a random port with a small dataset,
 * and talks to it over real HTTP, so Tomcat's own parsing is part of what is tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "stub.data.seed=11",
        "stub.data.customers=60",
        "stub.data.subscriptions=900",
        "stub.data.azure-usage=3000",
        "stub.data.resellers=8",
        "stub.data.searches=700",
        "stub.data.referrals=300",
})
abstract class HttpTestBase {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String TOKEN = "Bearer eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.c2ln";

    @LocalServerPort
    int port;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : base() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET();
        boolean auth = true;
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equals("Authorization")) {
                auth = false;
                if (headers[i + 1] == null) {
                    continue;
                }
            }
            b.header(headers[i], headers[i + 1]);
        }
        if (auth) {
            b.header("Authorization", TOKEN);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    /** Sends bytes as they are (for request lines no HTTP client would send) and returns the raw response. */
    String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
