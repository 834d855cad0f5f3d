package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts reading the spec and generating the dataset as soon as the configuration is known, before Spring
 * creates the application context, so both run while Spring starts (start-up time matters to partner teams
 * who restart the stub often, and to test classes that start it in-process). The load is handed to this
 * application's own context as the {@link Loading} bean, from which {@link StubConfiguration} takes the
 * {@link DatasetHolder}: several stubs in one JVM (the JUnit extension) each get their own.
 */
final class EarlyStart implements ApplicationListener<SpringApplicationEvent> {
    /** The load this listener started, until its application's context exists. */
    private DatasetHolder loading;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            StubProperties properties = Binder.get(prepared.getEnvironment()).bind("stub", StubProperties.class).orElseGet(StubProperties::new);
            loading = new DatasetHolder(AnalyticsSpec::bundled, properties.getData());
        } else if (event instanceof ApplicationPreparedEvent prepared && loading != null) {
            prepared.getApplicationContext().getBeanFactory().registerSingleton("earlyDatasetLoad", new Loading(loading));
            loading = null;
        }
    }

    /** The dataset load started before the context: a bean of the context it was started for. */
    static final class Loading {
        final DatasetHolder holder;

        Loading(DatasetHolder holder) {
            this.holder = holder;
        }
    }
}
