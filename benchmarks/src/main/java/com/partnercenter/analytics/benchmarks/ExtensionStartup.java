package com.partnercenter.analytics.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.partnercenter.analytics.benchmarks.floor.EmptySpringBootApp;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.stub.junit.PartnerCenterStub;
import com.partnercenter.analytics.stub.junit.PartnerCenterStubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Start-up of the JUnit extension, measured as a team's test run sees it, beside WireMock's in-process start and an
 * empty Spring Boot application's, over {@code runs} fresh JVMs each (alternating), printing median, min and max.
 * Not JMH: a first start happens once per JVM, so every sample needs its own process.
 *
 * <ul>
 *   <li><b>first start</b>: from JUnit starting the first {@code @PartnerCenterStubTest} class to its first test
 *       method running (the extension starts the stub, whose start returns once its dataset is loading);</li>
 *   <li><b>first answer</b>: from the same moment to the first test's first answer, one page of subscriptions
 *       (the start returns before every table is built: a request waits for its own table);</li>
 *   <li><b>every table answering</b>: to the first test's answers from every collection operation, one page each,
 *       asked for in turn after the first answer;</li>
 *   <li><b>JVM start to first test</b>: from the JVM's start to the same first test: what the whole test run
 *       waits, JUnit's own start and discovery included (work moved out of the start into discovery shows here);</li>
 *   <li><b>reused start</b>: the same for a second class with the same settings, run after it (the stub is reused);</li>
 *   <li><b>plain class</b>: the same for a third class without the extension, run after them: what JUnit itself
 *       spends on a class, the floor of a reused start;</li>
 *   <li><b>WireMock</b>: {@code new WireMockServer(wireMockConfig().dynamicPort())} and {@code start()}, in a fresh
 *       JVM like the first start;</li>
 *   <li><b>empty Spring Boot app</b>: {@link EmptySpringBootApp}'s {@code run()} and its first answer, in a fresh JVM:
 *       the floor under any Spring Boot stub's start on the same machine.</li>
 * </ul>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar com.partnercenter.analytics.benchmarks.ExtensionStartup [runs] [scale] ["JVM options"]</pre>
 *
 * The JVM options go to both kinds' JVMs, as a team's {@code argLine} would: e.g. {@code "-XX:TieredStopAtLevel=1"},
 * or {@code "cds"} for a class-data-sharing archive of each kind's JVM, recorded in one untimed run first.
 */
public final class ExtensionStartup {
    private ExtensionStartup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            System.out.println("RESULT " + switch (args[1]) {
                case "wiremock" -> childWireMock();
                case "springboot" -> childEmptySpringBootApp();
                default -> childExtension(args[2]);
            });
            System.exit(0);
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String scale = args.length > 1 ? args[1] : "1.0";
        List<String> options = args.length > 2 && !args[2].isBlank() ? List.of(args[2].trim().split("\\s+")) : List.of();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, List<String>> optionsOf = new LinkedHashMap<>();
        for (String kind : KINDS) {
            optionsOf.put(kind, childOptions(kind, options, scale));
        }
        for (int i = 0; i < runs; i++) {
            for (String kind : KINDS) {
                for (String measure : child(kind, scale, optionsOf.get(kind)).split(" ")) {
                    String[] kv = measure.split("=");
                    samples.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(Double.parseDouble(kv[1]));
                }
            }
        }
        System.out.printf("start-up over %d fresh JVMs each, extension dataset scale %s, JVM options %s (ms)%n", runs, scale, optionsOf);
        System.out.printf("%-34s %10s %10s %10s   %s%n", "measure", "median", "min", "max", "runs");
        samples.forEach((name, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            System.out.printf("%-34s %10.2f %10.2f %10.2f   %s%n", name, median(sorted), sorted.get(0), sorted.get(sorted.size() - 1),
                    values.stream().map(v -> String.format("%.1f", v)).toList());
        });
    }

    /** What each run starts, in turn, each in a fresh JVM. */
    static final List<String> KINDS = List.of("extension", "wiremock", "springboot");

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The token among the options that asks for a class-data-sharing archive of each kind's JVM. */
    static final String CDS = "cds";

    /**
     * The JVM options of one kind's runs: the given ones, with {@value #CDS} replaced by
     * {@code -XX:SharedArchiveFile} of an archive this method records first, in one untimed run of that kind
     * ({@code -XX:ArchiveClassesAtExit}), as a team would record one for its test JVM.
     */
    static List<String> childOptions(String kind, List<String> options, String scale) throws Exception {
        List<String> result = new ArrayList<>();
        for (String option : options) {
            if (option.equals(CDS)) {
                Path archive = Files.createTempDirectory("extension-startup-").resolve(kind + ".jsa");
                List<String> training = new ArrayList<>(options.stream().filter(o -> !o.equals(CDS)).toList());
                training.add("-XX:ArchiveClassesAtExit=" + archive);
                child(kind, scale, training);
                // 35 MB each, gone when this JVM (which outlives every run that reads it) exits: the file, then its folder
                archive.getParent().toFile().deleteOnExit();
                archive.toFile().deleteOnExit();
                result.add("-XX:SharedArchiveFile=" + archive);
            } else {
                result.add(option);
            }
        }
        return result;
    }

    /** Runs one measurement in a fresh JVM with this JVM's class path; returns its {@code name=ms ...} line. */
    static String child(String kind, String scale, List<String> options) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtensionStartup.class.getName(), "child", kind, scale));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line.substring("RESULT ".length());
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the " + kind + " run failed:\n" + output);
        }
        return result;
    }

    private static String childWireMock() {
        long started = System.nanoTime();
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        double ms = (System.nanoTime() - started) / 1e6;
        server.stop();
        return "wiremock_new_and_start=" + ms;
    }

    private static String childEmptySpringBootApp() throws Exception {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = EmptySpringBootApp.start()) {
            double startMs = (System.nanoTime() - started) / 1e6;
            int status = get("http://127.0.0.1:" + EmptySpringBootApp.port(context) + EmptySpringBootApp.PATH);
            if (status != 200) {
                throw new IllegalStateException("the empty Spring Boot app answered " + status);
            }
            return "empty_spring_boot_app_start=" + startMs + " empty_spring_boot_app_first_answer=" + (System.nanoTime() - started) / 1e6;
        }
    }

    private static String childExtension(String scale) {
        System.setProperty(SCALE_PROPERTY, scale);
        Map<String, Long> classStarted = new ConcurrentHashMap<>();
        Map<String, Double> firstTest = new ConcurrentHashMap<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(FirstClass.class), selectClass(SecondClass.class), selectClass(PlainClass.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false").build();
        List<String> failures = new ArrayList<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName())
                        .ifPresent(c -> classStarted.put(c, System.nanoTime()));
                if (id.isTest()) {
                    for (Class<?> owner : List.of(FirstClass.class, SecondClass.class, PlainClass.class)) {
                        if (id.getUniqueId().contains(owner.getSimpleName())) {
                            firstTest.computeIfAbsent(owner.getName(), c -> (System.nanoTime() - classStarted.get(c)) / 1e6);
                        }
                    }
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                result.getThrowable().ifPresent(t -> failures.add(id.getDisplayName() + ": " + t));
            }
        });
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the extension's test classes failed: " + failures);
        }
        long firstClassStarted = classStarted.get(FirstClass.class.getName());
        long jvmStarted = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(); // read after the run: its classes cost

        return "extension_first_start=" + firstTest.get(FirstClass.class.getName())
                + " extension_first_answer=" + (StubClass.firstAnswerAt - firstClassStarted) / 1e6
                + " extension_every_table_answering=" + (StubClass.everyTableAnsweredAt - firstClassStarted) / 1e6
                + " jvm_start_to_first_test=" + (StubClass.firstTestAtMillis - jvmStarted)
                + " extension_reused_start=" + firstTest.get(SecondClass.class.getName())
                + " junit_plain_class_start=" + firstTest.get(PlainClass.class.getName());
    }

    /**
     * GETs {@code url} over plain HTTP (a client's own start-up is not what is measured) with a bearer token, reads
     * the whole body and returns the status.
     */
    static int get(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer benchmark");
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body.readAllBytes();
        }
        return status;
    }

    static final String SCALE_PROPERTY = "benchmark.stub.scale";

    /** The same settings for both classes (so the second reuses the first's stub): the scale of this run. */
    static PartnerCenterStubExtension settings() {
        return PartnerCenterStubExtension.builder().scale(Double.parseDouble(System.getProperty(SCALE_PROPERTY, "1.0"))).build();
    }

    /**
     * The body of both stub classes: a first test that takes the stub; in the first class it then asks for one page
     * of subscriptions, and one page from every other collection operation, over plain HTTP (a client's own
     * start-up is not the stub's).
     */
    public abstract static class StubClass {
        @RegisterExtension
        static final PartnerCenterStubExtension STUB = settings();

        static volatile long firstTestAtMillis;
        static volatile long firstAnswerAt;
        static volatile long everyTableAnsweredAt;

        @Test
        void firstTest(PartnerCenterStub stub) throws Exception {
            if (stub.baseUrl().isEmpty()) {
                throw new AssertionError();
            }
            if (getClass() != FirstClass.class) {
                return;
            }
            firstTestAtMillis = System.currentTimeMillis();
            AnalyticsSpec spec = AnalyticsSpec.bundled();
            getOnePage(stub, spec.operation("listSubscriptions").orElseThrow());
            firstAnswerAt = System.nanoTime();
            for (OperationDescriptor operation : spec.operations().values()) {
                if (operation.query().isPresent() && !operation.deprecated()) {
                    getOnePage(stub, operation);
                }
            }
            everyTableAnsweredAt = System.nanoTime();
        }

        private static void getOnePage(PartnerCenterStub stub, OperationDescriptor operation) throws Exception {
            int status = get(stub.baseUrl() + operation.path() + "?top=1");
            if (status != operation.successStatus()) {
                throw new AssertionError(operation.operationId() + " answered " + status);
            }
        }
    }

    /** The first class of a run: the extension starts the stub. */
    public static class FirstClass extends StubClass {
    }

    /** A later class with the same settings: the running stub is reused. */
    public static class SecondClass extends StubClass {
    }

    /** A class without the extension: JUnit's own cost of starting a class and reaching its first test. */
    public static class PlainClass {
        @Test
        void firstTest() {
        }
    }
}
