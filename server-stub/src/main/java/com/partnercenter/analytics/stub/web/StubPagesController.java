package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.DatasetHolder;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The stub's own pages for partner teams: its OpenAPI document, a rendered API reference (Swagger UI, served from
 * the jar, no internet needed) and a health endpoint. No token is needed for these.
 */
@RestController
public class StubPagesController {
    private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
    private final byte[] document;
    private final String swaggerUiVersion;
    private final DatasetHolder data;

    public StubPagesController(DatasetHolder data) {
        this.data = data;
        try (InputStream in = AnalyticsSpec.class.getClassLoader().getResourceAsStream(AnalyticsSpec.CLASSPATH_LOCATION);
             InputStream props = StubPagesController.class.getClassLoader().getResourceAsStream("stub-build.properties")) {
            this.document = in.readAllBytes();
            Properties p = new Properties();
            p.load(props);
            this.swaggerUiVersion = p.getProperty("swagger-ui.version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The stub's jar lacks the OpenAPI document or its build properties", e);
        }
    }

    /**
     * The spec, byte for byte as the spec module ships it. With {@code ?servers=stub} the stub's own URL is added
     * as the first server, which the reference page uses for "Try it out".
     */
    @GetMapping(value = "/openapi.yaml")
    public ResponseEntity<byte[]> openApi(@RequestParam(value = "servers", required = false) String servers, HttpServletRequest request) {
        byte[] body = document;
        if ("stub".equals(servers)) {
            String base = RequestUrls.root(request);
            String text = new String(document, StandardCharsets.UTF_8);
            text = text.replaceFirst("(?m)^servers:\\n", "servers:\n  - url: " + base + "\n    description: This stub\n");
            body = text.getBytes(StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok().contentType(YAML).body(body);
    }

    @GetMapping(value = {"/docs", "/docs/"}, produces = MediaType.TEXT_HTML_VALUE)
    public String docs(HttpServletRequest request) {
        String ui = RequestUrls.path(request, "/webjars/swagger-ui/" + swaggerUiVersion);
        String document = RequestUrls.path(request, "/openapi.yaml?servers=stub");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Partner Center Analytics API (stub)</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                </head>
                <body>
                <div id="swagger-ui"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>
                  window.ui = SwaggerUIBundle({
                    url: '%2$s',
                    dom_id: '#swagger-ui',
                    deepLinking: true,
                    persistAuthorization: true
                  });
                </script>
                </body>
                </html>
                """.formatted(ui, document);
    }

    @GetMapping("/")
    public ResponseEntity<Void> root(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(RequestUrls.path(request, "/docs"))).build();
    }

    @GetMapping(value = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> health() {
        if (data.ready()) {
            return ResponseEntity.ok("{\"status\":\"UP\",\"dataset\":\"ready\",\"datasetReadyMillis\":" + data.readyMillis() + "}");
        }
        String state = data.failed() ? "FAILED" : "LOADING";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("{\"status\":\"DOWN\",\"dataset\":\"" + state + "\"}");
    }
}
