package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.SchemaProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of one row schema under {@code components/schemas}, in the spec's order, read from the spec
 * document (types, {@code x-pc-wire-format}, {@code nullable}). Every row the stub stores or writes is described
 * by one of these; no list of fields is kept anywhere else.
 */
public final class RowSchema {
    private final String name;
    private final Map<String, Property> properties;

    private RowSchema(String name, Map<String, Property> properties) {
        this.name = name;
        this.properties = Collections.unmodifiableMap(properties);
    }

    public static RowSchema read(AnalyticsSpec spec, String schemaName) {
        Map<String, Property> result = new LinkedHashMap<>();
        for (SchemaProperty p : spec.scalarProperties(schemaName)) {
            result.put(p.name(), new Property(p.name(), p.type(), p.wireFormat(), p.nullable(), p.alternativelyAString()));
        }
        return new RowSchema(schemaName, result);
    }

    public String name() {
        return name;
    }

    public Map<String, Property> properties() {
        return properties;
    }

    public Optional<Property> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    public List<String> keys() {
        return List.copyOf(properties.keySet());
    }
}
