package com.partnercenter.analytics.contract.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server stub, started from its executable jar ({@code java -jar}, the same JVM binary as the tests) on
 * 127.0.0.1 and a random port, with the dataset settings of {@code recording.properties}. {@link #close()} stops it.
 *
 * <p>It runs the stub's runnable jar (classifier {@code exec}), the program partner teams start, rather than its
 * classes in the test JVM: the replay then checks exactly what {@code ./run-stub} serves.
 */
public final class StubProcess implements AutoCloseable {
    public static final Path SETTINGS = Path.of("src/test/resources/recording.properties");
    private static final Pattern READY = Pattern.compile("stub ready at (http://[^ ]+) ");

    private final Process process;
    private final String baseUrl;
    private final List<String> output;

    private StubProcess(Process process, String baseUrl, List<String> output) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.output = output;
    }

    /** Starts the stub with {@code recording.properties} and waits until it is ready (at most two minutes). */
    public static StubProcess start() {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(SETTINGS)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", stubJar().toString(),
                "--server.address=127.0.0.1", "--server.port=0",
                "--logging.level.com.partnercenter.analytics.stub=INFO"));
        settings.stringPropertyNames().stream().sorted().forEach(k -> command.add("--" + k + "=" + settings.getProperty(k)));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the stub: " + command, e);
        }
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.completeExceptionally(new IllegalStateException("The stub exited before it was ready:\n" + String.join("\n", output)));
        }, "stub-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String base = ready.get(120, TimeUnit.SECONDS);
            return new StubProcess(process, base.replace("localhost", "127.0.0.1"), output);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("The stub did not start: " + e.getMessage() + "\n" + String.join("\n", output), e);
        }
    }

    /** The stub's executable jar, built by the reactor before this module. */
    static Path stubJar() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.startsWith("pc-analytics-server-stub-") && name.endsWith("-exec.jar")) {
                return p;
            }
        }
        throw new IllegalStateException("The stub's jar is not on the test class path; build with the reactor "
                + "(./mvnw -B -ntp verify, or -pl contract-tests -am)");
    }

    public String baseUrl() {
        return baseUrl;
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
