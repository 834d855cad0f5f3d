package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.stub.web.ServiceHeaders;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/** The stub's settings ({@code stub.*}), from application.properties, the environment or the command line. */
@ConfigurationProperties("stub")
public class StubProperties {
    private final Data data = new Data();
    private final Faults faults = new Faults();
    /** The value of the {@code MS-ServerId} response header. */
    private String serverId = ServiceHeaders.DEFAULT_SERVER_ID;
    /**
     * What to do with a query parameter the operation does not declare: {@code reject} (400, the default) or
     * {@code warn} (a warning in the log; the request is served without it).
     */
    private String unknownParameters = "reject";
    /** Whether API requests are kept for tests' assertions (control.RequestJournal); off for ordinary runs. */
    private boolean requestJournal;
    /**
     * Whether a dataset that fails to load (a bad data file) ends the process ({@code ./run-stub}, the jar); the JUnit
     * extension sets false, and the start then fails with the file, line and reason instead.
     */
    private boolean exitOnLoadFailure = true;
    /**
     * Whether the start waits until every table is built ({@code ./run-stub}, the jar: its "ready" line means every
     * request is answered at once). The JUnit extension sets false: its start returns once the dataset is loading
     * without error (data files are read in full before that), and a request for a table still being built waits
     * for that table, while the test's own set-up runs beside the generation.
     */
    private boolean waitForAllTables = true;

    public boolean isWaitForAllTables() {
        return waitForAllTables;
    }

    public void setWaitForAllTables(boolean waitForAllTables) {
        this.waitForAllTables = waitForAllTables;
    }

    public boolean isRequestJournal() {
        return requestJournal;
    }

    public void setRequestJournal(boolean requestJournal) {
        this.requestJournal = requestJournal;
    }

    public boolean isExitOnLoadFailure() {
        return exitOnLoadFailure;
    }

    public void setExitOnLoadFailure(boolean exitOnLoadFailure) {
        this.exitOnLoadFailure = exitOnLoadFailure;
    }

    public String getUnknownParameters() {
        return unknownParameters;
    }

    public void setUnknownParameters(String unknownParameters) {
        this.unknownParameters = unknownParameters;
    }

    public Data getData() {
        return data;
    }

    public Faults getFaults() {
        return faults;
    }

    public String getServerId() {
        return serverId;
    }

    public void setServerId(String serverId) {
        this.serverId = serverId;
    }

    public static class Data {
        /** Seed of the generated dataset. */
        private long seed = 42;
        /** Multiplies every default size (scale 50 gives 1,000,000 subscriptions). */
        private double scale = 1.0;
        private Integer customers;
        private Integer subscriptions;
        private Integer azureUsage;
        private Integer resellers;
        private Integer searches;
        private Integer referrals;
        /** The dataset's "today". */
        private LocalDate asOf;
        /** A directory of JSON-lines files to serve instead of the generated data. */
        private Path dir;

        public long getSeed() {
            return seed;
        }

        public void setSeed(long seed) {
            this.seed = seed;
        }

        public double getScale() {
            return scale;
        }

        public void setScale(double scale) {
            this.scale = scale;
        }

        public Integer getCustomers() {
            return customers;
        }

        public void setCustomers(Integer customers) {
            this.customers = customers;
        }

        public Integer getSubscriptions() {
            return subscriptions;
        }

        public void setSubscriptions(Integer subscriptions) {
            this.subscriptions = subscriptions;
        }

        public Integer getAzureUsage() {
            return azureUsage;
        }

        public void setAzureUsage(Integer azureUsage) {
            this.azureUsage = azureUsage;
        }

        public Integer getResellers() {
            return resellers;
        }

        public void setResellers(Integer resellers) {
            this.resellers = resellers;
        }

        public Integer getSearches() {
            return searches;
        }

        public void setSearches(Integer searches) {
            this.searches = searches;
        }

        public Integer getReferrals() {
            return referrals;
        }

        public void setReferrals(Integer referrals) {
            this.referrals = referrals;
        }

        public LocalDate getAsOf() {
            return asOf;
        }

        public void setAsOf(LocalDate asOf) {
            this.asOf = asOf;
        }

        public Path getDir() {
            return dir;
        }

        public void setDir(Path dir) {
            this.dir = dir;
        }
    }

    public static class Faults {
        /** Latency added to every API request. */
        private Duration latency = Duration.ZERO;
        /** Share of API requests answered 429 (0 to 1). */
        private double throttleRate;
        /** Share of API requests answered 500. */
        private double errorRate;
        /** Share of API requests answered 503. */
        private double unavailableRate;
        /** The {@code Retry-After} seconds of injected 429 and 503 answers. */
        private int retryAfterSeconds = 57;
        /** Whether the {@code X-Stub-Fault} request header may inject faults. */
        private boolean headerEnabled = true;

        public Duration getLatency() {
            return latency;
        }

        public void setLatency(Duration latency) {
            this.latency = latency;
        }

        public double getThrottleRate() {
            return throttleRate;
        }

        public void setThrottleRate(double throttleRate) {
            this.throttleRate = throttleRate;
        }

        public double getErrorRate() {
            return errorRate;
        }

        public void setErrorRate(double errorRate) {
            this.errorRate = errorRate;
        }

        public double getUnavailableRate() {
            return unavailableRate;
        }

        public void setUnavailableRate(double unavailableRate) {
            this.unavailableRate = unavailableRate;
        }

        public int getRetryAfterSeconds() {
            return retryAfterSeconds;
        }

        public void setRetryAfterSeconds(int retryAfterSeconds) {
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public boolean isHeaderEnabled() {
            return headerEnabled;
        }

        public void setHeaderEnabled(boolean headerEnabled) {
            this.headerEnabled = headerEnabled;
        }
    }
}
