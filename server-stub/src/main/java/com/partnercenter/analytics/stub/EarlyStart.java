package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Starts reading the spec as soon as the application starts, and generating the dataset as soon as the
 * configuration is known, before Spring sets up logging and creates the application context, so both run while
 * Spring starts (start-up time matters to partner teams who restart the stub often, and to test classes that start
 * it in-process). The load is handed to this application's own context as the {@link Loading} bean, from which
 * {@link StubConfiguration} takes the {@link DatasetHolder}: several stubs in one JVM (the JUnit extension) each get
 * their own.
 *
 * <p>Ordered right after Spring Boot's config-data listener, which reads {@code application.properties} into the
 * environment on the same event: the dataset's settings are known from then on, and the logging set-up that follows
 * (0.3 s of a cold start on 2 cores, timed listener by listener) no longer delays the load.
 */
final class EarlyStart implements ApplicationListener<SpringApplicationEvent>, Ordered {
    /** The load this listener started, until its application's context exists. */
    private DatasetHolder loading;

    @Override
    public int getOrder() {
        return EnvironmentPostProcessorApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            readSpecInBackground();
        } else if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            StubProperties properties = Binder.get(prepared.getEnvironment()).bind("stub", StubProperties.class).orElseGet(StubProperties::new);
            loading = new DatasetHolder(AnalyticsSpec::bundled, properties.getData());
        } else if (event instanceof ApplicationPreparedEvent prepared && loading != null) {
            prepared.getApplicationContext().getBeanFactory().registerSingleton("earlyDatasetLoad", new Loading(loading));
            loading = null;
        }
    }

    /**
     * The bundled spec is read once per class loader ({@link AnalyticsSpec#bundled()}); reading it from here, while
     * Spring prepares the environment, has it ready (or half read) when the dataset's loader asks for it. A failure
     * is left for the loader's own call to report.
     */
    private static void readSpecInBackground() {
        Thread reader = new Thread(() -> {
            try {
                AnalyticsSpec.bundled();
            } catch (RuntimeException ignored) {
                // the dataset's loader reads it again and fails the start with this reason
            }
        }, "spec-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The dataset load started before the context: a bean of the context it was started for. */
    static final class Loading {
        final DatasetHolder holder;

        Loading(DatasetHolder holder) {
            this.holder = holder;
        }
    }
}
