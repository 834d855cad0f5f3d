package com.partnercenter.analytics.spec;

import java.util.Objects;

/**
 * One scalar property of a schema under {@code components/schemas}, as the wire carries it.
 *
 * @param name                    the JSON key
 * @param type                    its JSON type (a {@code oneOf} takes its first member's type)
 * @param wireFormat              its {@code x-pc-wire-format}, or null for non-date properties
 * @param nullable                whether {@code null} is allowed
 * @param alternativelyAString    whether the schema also allows the value as a string (the {@code CountValue}
 *                                {@code oneOf}: counts that grouped rows send as strings, DEV-06)
 */
public record SchemaProperty(String name, FieldType type, String wireFormat, boolean nullable, boolean alternativelyAString) {
    public SchemaProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
