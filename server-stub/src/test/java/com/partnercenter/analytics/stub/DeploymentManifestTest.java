package com.partnercenter.analytics.stub;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example Kubernetes manifest (server-stub/deploy/k8s.yaml) agrees with the stub: its container port is the port
 * the stub listens on by default or by the manifest's own args, every probe's port is that port, and every probe's
 * path, asked of a running stub without a token, answers 200 once the dataset is ready.
 */
class DeploymentManifestTest {
    private static final Path MANIFEST = Path.of("deploy/k8s.yaml");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents() throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(MANIFEST)) {
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in).forEach(d -> docs.add((Map<String, Object>) d));
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... keys) {
        Object n = node;
        for (String key : keys) {
            n = key.matches("\\d+") ? ((List<Object>) n).get(Integer.parseInt(key)) : ((Map<String, Object>) n).get(key);
            assertThat(n).as("k8s.yaml has " + String.join(".", keys)).isNotNull();
        }
        return (T) n;
    }

    private static Map<String, Object> kind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }

    @Test
    void portsAndProbesAreTheStubsOwn() throws Exception {
        List<Map<String, Object>> docs = documents();
        Map<String, Object> container = at(kind(docs, "Deployment"), "spec", "template", "spec", "containers", "0");
        Map<String, Object> port = at(container, "ports", "0");
        int containerPort = ((Number) port.get("containerPort")).intValue();

        Properties defaults = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            defaults.load(in);
        }
        List<String> args = at(container, "args");
        String listening = args.stream().filter(a -> a.startsWith("--server.port=")).map(a -> a.substring("--server.port=".length()))
                .findFirst().orElse(defaults.getProperty("server.port"));
        assertThat(containerPort).as("the container port is the port the stub listens on").isEqualTo(Integer.parseInt(listening));
        assertThat(defaults.getProperty("server.forward-headers-strategy")).as("replicas behind an ingress honour its headers")
                .isEqualTo("framework");

        List<String> paths = new ArrayList<>();
        for (String probe : List.of("readinessProbe", "startupProbe", "livenessProbe")) {
            Object probePort = at(container, probe, "httpGet", "port");
            assertThat(probePort).as(probe + " port").isIn(port.get("name"), containerPort);
            paths.add(at(container, probe, "httpGet", "path"));
        }
        Map<String, Object> service = at(kind(docs, "Service"), "spec", "ports", "0");
        assertThat(service.get("targetPort")).as("the Service sends traffic to the container's port").isIn(port.get("name"), containerPort);

        ConfigurableApplicationContext stub = new SpringApplicationBuilder(StubApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--stub.data.customers=20", "--stub.data.subscriptions=100", "--stub.data.azure-usage=100",
                "--stub.data.resellers=3", "--stub.data.searches=50", "--stub.data.referrals=20");
        try {
            int actual = ((WebServerApplicationContext) stub).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            for (String path : paths) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + actual + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("probe path " + path + " without a token, dataset ready").isEqualTo(200);
                assertThat(r.body()).contains("\"status\":\"UP\"");
            }
        } finally {
            stub.close();
        }
    }
}
