package com.partnercenter.analytics.stub.junit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a stub is started with: the dataset options and any other stub setting. Two test classes with equal settings
 * can share one stub ({@link StubLifecycle#PER_RUN}).
 */
record StubSettings(long seed, double scale, Path dataDirectory, Map<String, String> properties, StubLifecycle lifecycle,
                     boolean aheadOfTime) {
    static final long DEFAULT_SEED = 42;
    static final double DEFAULT_SCALE = 1.0;

    StubSettings {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, was " + scale);
        }
        properties = Map.copyOf(new TreeMap<>(properties));
    }

    static StubSettings of(PartnerCenterStubTest annotation) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : annotation.properties()) {
            int eq = property.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@PartnerCenterStubTest properties are name=value, was '" + property + "'");
            }
            properties.put(property.substring(0, eq).trim(), property.substring(eq + 1).trim());
        }
        Path dir = annotation.dataDirectory().isBlank() ? null : Path.of(annotation.dataDirectory());
        return new StubSettings(annotation.seed(), annotation.scale(), dir, properties, annotation.lifecycle(),
                annotation.aheadOfTime());
    }

    /** The stub's command-line arguments: these win over the stub's own defaults and the environment. */
    String[] arguments() {
        Map<String, String> args = new LinkedHashMap<>(properties);
        args.put("stub.data.seed", Long.toString(seed));
        args.put("stub.data.scale", Double.toString(scale));
        if (dataDirectory != null) {
            args.put("stub.data.dir", dataDirectory.toAbsolutePath().toString());
        }
        // never the team's port or interface: a free port of loopback, so parallel classes cannot clash
        args.put("server.port", "0");
        args.put("server.address", "127.0.0.1");
        args.put("stub.request-journal", "true");
        args.put("stub.exit-on-load-failure", "false");
        args.putIfAbsent("stub.wait-for-all-tables", "false"); // a team may still ask for every table before its tests
        return args.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /*
     * equals and hashCode written out: a record's generated ones are bootstrapped through invokedynamic on first use,
     * which in a fresh test JVM spins about twenty method-handle classes, 6 to 13 ms of the first reused start.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof StubSettings other && seed == other.seed && Double.compare(scale, other.scale) == 0
                && Objects.equals(dataDirectory, other.dataDirectory) && properties.equals(other.properties)
                && lifecycle == other.lifecycle && aheadOfTime == other.aheadOfTime;
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, scale, dataDirectory, properties, lifecycle, aheadOfTime);
    }

    @Override
    public String toString() {
        return "seed " + seed + ", scale " + scale + (dataDirectory == null ? "" : ", data directory " + dataDirectory)
                + (properties.isEmpty() ? "" : ", " + properties) + (aheadOfTime ? "" : ", context from annotations");
    }
}
