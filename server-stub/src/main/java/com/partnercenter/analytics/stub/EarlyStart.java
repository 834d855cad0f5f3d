package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts reading the spec and generating the dataset as soon as the configuration is known, before Spring
 * creates the application context, so both run while Spring starts (start-up time matters to partner teams
 * who restart the stub often). The {@link DatasetHolder} bean then takes over the running load.
 */
final class EarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static volatile DatasetHolder holder;

    /**
     * The holder started for this process's application, handed over once: a later context in the same JVM (tests)
     * builds its own from its own properties.
     */
    static synchronized DatasetHolder take() {
        DatasetHolder taken = holder;
        holder = null;
        return taken;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        StubProperties properties = Binder.get(event.getEnvironment()).bind("stub", StubProperties.class).orElseGet(StubProperties::new);
        synchronized (EarlyStart.class) {
            holder = new DatasetHolder(AnalyticsSpec::bundled, properties.getData());
        }
    }
}
