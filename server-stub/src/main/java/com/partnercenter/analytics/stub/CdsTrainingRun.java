package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * {@code --stub.cds-training=true}: the run {@code ./run-stub} records its class-data-sharing archive with
 * ({@code -XX:ArchiveClassesAtExit}). Once the stub serves, it sends itself one request per operation, a filtered,
 * a grouped and a failing one, then exits, so the archive also holds the classes that answer requests and the
 * first request of a later start does not load them from the jars (start-up is measured to the first 200).
 */
final class CdsTrainingRun implements ApplicationListener<ApplicationReadyEvent> {
    static final String PROPERTY = "stub.cds-training";
    private static final Logger LOG = LoggerFactory.getLogger(CdsTrainingRun.class);
    private final IntConsumer exit;
    private volatile int sent;
    private volatile int answered;

    CdsTrainingRun() {
        this(System::exit);
    }

    /** {@code exit} ends the process (tests pass their own). */
    CdsTrainingRun(IntConsumer exit) {
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!context.getEnvironment().getProperty(PROPERTY, Boolean.class, false)) {
            return;
        }
        context.getBean(DatasetHolder.class).startRemainingTables();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        List<String> targets = requests(context.getBean(AnalyticsSpec.class));
        int ok = 0;
        for (String target : targets) {
            ok += send(port, target) > 0 ? 1 : 0;
        }
        sent = targets.size();
        answered = ok;
        LOG.info("Class-data-sharing training: {} of {} requests answered; exiting", ok, targets.size());
        exit.accept(SpringApplication.exit(context, () -> 0));
    }

    /** Requests sent and answered by the training run (0 until it ran). */
    int sent() {
        return sent;
    }

    int answered() {
        return answered;
    }

    private static List<String> requests(AnalyticsSpec spec) {
        List<String> targets = new ArrayList<>();
        for (OperationDescriptor op : spec.operations().values()) {
            String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            targets.add(path + (op.query().isPresent() ? "?top=3" : ""));
            op.query().ifPresent(q -> q.fields().values().stream().filter(FieldCapability::groupable).findFirst()
                    .ifPresent(f -> targets.add(path + "?groupby=" + f.name() + "&top=3")));
        }
        // the README's sample query (filtered, with contains) and one the spec's matrix rejects (gt on a string field)
        String subscriptions = spec.operations().get("listSubscriptions").path();
        targets.add(subscriptions + "?filter=customerMarket%20eq%20%27US%27%20and%20contains(customerName,%27a%27)&top=100");
        targets.add(subscriptions + "?filter=customerMarket%20gt%20%27US%27");
        targets.add("/health");
        return targets;
    }

    /** Sends one GET and reads the whole answer; returns its length, or -1 on failure (training only). */
    private static int send(int port, String target) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer cds-training\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return in.readAllBytes().length;
            }
        } catch (IOException e) {
            LOG.warn("Class-data-sharing training: {} failed: {}", target, e.toString());
            return -1;
        }
    }
}
