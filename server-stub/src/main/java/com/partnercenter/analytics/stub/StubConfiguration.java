package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.control.OperationPaths;
import com.partnercenter.analytics.stub.control.RequestJournal;
import com.partnercenter.analytics.stub.control.StubControls;
import com.partnercenter.analytics.stub.faults.FaultInjector;
import com.partnercenter.analytics.stub.faults.ScriptedFaults;
import com.partnercenter.analytics.stub.web.AnalyticsService;
import com.partnercenter.analytics.stub.web.DataWaitInterceptor;
import com.partnercenter.analytics.stub.web.FrontDoorFilter;
import com.partnercenter.analytics.stub.web.ParameterRules;
import com.partnercenter.analytics.stub.web.PathAliasRegistrar;
import com.partnercenter.analytics.stub.web.ResponseBodyConverter;
import com.partnercenter.analytics.stub.web.ServiceErrorReportValve;
import com.partnercenter.analytics.stub.web.UndeclaredParameterCheck;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;

/** Wires the stub: spec, dataset, service, front door, body converter, path aliases, Tomcat error pages. */
@Configuration(proxyBeanMethods = false)
public class StubConfiguration implements WebMvcConfigurer {
    private final ObjectProvider<AnalyticsSpec> spec;
    private final ObjectProvider<DatasetHolder> data;

    /** Lazy handles on this class's own beans, for {@link #addInterceptors}. */
    public StubConfiguration(ObjectProvider<AnalyticsSpec> spec, ObjectProvider<DatasetHolder> data) {
        this.spec = spec;
        this.data = data;
    }

    @Bean
    AnalyticsSpec analyticsSpec() {
        // The logging system is initialised by now; Tomcat logs request heads (tokens included) at DEBUG through JUL.
        TokenMaskingJulBridge.install();
        return AnalyticsSpec.bundled();
    }

    @Bean
    DatasetHolder datasetHolder(StubProperties properties, ObjectProvider<EarlyStart.Loading> early) {
        EarlyStart.Loading started = early.getIfAvailable();
        return started != null ? started.holder : new DatasetHolder(AnalyticsSpec::bundled, properties.getData());
    }

    @Bean
    ParameterRules parameterRules(AnalyticsSpec spec) {
        return new ParameterRules(spec);
    }

    @Bean
    AnalyticsService analyticsService(AnalyticsSpec spec, DatasetHolder data, ParameterRules rules, StubProperties properties) {
        return new AnalyticsService(spec, data, rules, UndeclaredParameterCheck.mode(properties.getUnknownParameters()));
    }

    @Bean
    StubControls stubControls(AnalyticsSpec spec, StubProperties properties) {
        return new StubControls(new ScriptedFaults(), new RequestJournal(properties.isRequestJournal()), new OperationPaths(spec));
    }

    @Bean
    FilterRegistrationBean<FrontDoorFilter> frontDoor(StubProperties properties, StubControls controls) {
        FilterRegistrationBean<FrontDoorFilter> bean = new FilterRegistrationBean<>(new FrontDoorFilter(
                new FaultInjector(properties.getFaults(), controls.faults()), controls.journal(), controls.operations(),
                properties.getServerId()));
        // after forwardedHeaders, so the front door sees the path as the proxy's client sent it
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    /**
     * {@code server.forward-headers-strategy=framework} (the stub's default, application.properties): behind a load
     * balancer, {@code Forwarded} and {@code X-Forwarded-Host/-Proto/-Port/-Prefix} give the scheme, host, port and
     * path prefix the client used, so {@code @nextLink} and every other URL the stub writes (web.RequestUrls) point
     * at the proxy, not around it. Requests without those headers pass untouched. Declared here rather than left to
     * Spring Boot's own registration because the runnable jar's context is built ahead of time (StubApplication),
     * which would fix Boot's property condition at build time; this bean reads the setting when the stub starts, so
     * {@code --server.forward-headers-strategy=none} turns it off (and {@code native} leaves it to Tomcat's valve).
     * Boot backs off its own filter when this bean exists.
     */
    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaders(Environment environment) {
        FilterRegistrationBean<ForwardedHeaderFilter> bean = new FilterRegistrationBean<>(new ForwardedHeaderFilter());
        bean.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.setEnabled("framework".equalsIgnoreCase(environment.getProperty("server.forward-headers-strategy", "none").trim()));
        return bean;
    }

    @Bean
    static PathAliasRegistrarFactory pathAliasRegistrarFactory() {
        return new PathAliasRegistrarFactory();
    }

    /** Defers creating the registrar until the handler mapping exists. */
    static final class PathAliasRegistrarFactory implements org.springframework.beans.factory.SmartInitializingSingleton,
            org.springframework.context.ApplicationContextAware {
        private org.springframework.context.ApplicationContext context;

        @Override
        public void setApplicationContext(org.springframework.context.ApplicationContext applicationContext) {
            this.context = applicationContext;
        }

        @Override
        public void afterSingletonsInstantiated() {
            new PathAliasRegistrar(context.getBean(AnalyticsSpec.class),
                    context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)).afterSingletonsInstantiated();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DataWaitInterceptor(spec.getObject(), data.getObject()));
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new ResponseBodyConverter());
    }

    /**
     * Tomcat copies every response to the socket through a per-connection buffer of {@code socket.appWriteBufSize}
     * bytes, 8 KiB by default, with one write system call per buffer's worth. A 64 KiB buffer (the largest loopback
     * segment) sends a {@code top=100} page in two writes instead of thirteen; in one measured run, 64 KiB served
     * more requests per second than 128 KiB, and it costs half the memory. Tomcat allocates the buffer for every
     * open connection, which is why {@code server.tomcat.max-connections} is 2048 (application.properties).
     */
    static final int SOCKET_WRITE_BUFFER = 64 * 1024;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER)));
    }

    /**
     * Tomcat's request threads: two per core (at least 4) unless {@code server.tomcat.threads.max} is set. Answering
     * is pure CPU (about 0.1 ms a request), so more threads than cores only take turns: with Tomcat's default of 200
     * and 16 busy clients on 2 cores, the kernel time-sliced 16 runnable threads and the p99 was 10 to 12 ms at a
     * median of 0.9 ms; with 4 threads, p99 3 to 3.5 ms and 15% more requests per second (docs/benchmarks.md).
     * Only a client too slow to take a page bigger than 256 KiB holds a request thread while waiting; injected latency
     * (FaultInjector) and requests for a table still being generated (DataWaitInterceptor) are suspended instead.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreads(Environment environment) {
        return factory -> {
            if (environment.containsProperty("server.tomcat.threads.max")) {
                return;
            }
            int threads = defaultRequestThreads();
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                    protocol.setMaxThreads(threads);
                    protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
                }
            });
        };
    }

    public static int defaultRequestThreads() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Tomcat's own error pages (HTML) become the service's error body. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> serviceErrorPages() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ServiceErrorReportValve.class.getName());
                        host.getPipeline().addValve(new ServiceErrorReportValve());
                    }
                });
            }
        };
    }

    @Bean
    ReadyReporter readyReporter(DatasetHolder data, @Qualifier("analyticsSpec") AnalyticsSpec spec, StubProperties properties) {
        return new ReadyReporter(data, properties.isExitOnLoadFailure(), properties.isWaitForAllTables());
    }
}
