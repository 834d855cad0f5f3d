package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.FieldType;

/**
 * One property of a row schema, as the spec declares it.
 *
 * @param name                  the JSON key rows carry
 * @param type                  its JSON type
 * @param wireFormat            {@code x-pc-wire-format} of date fields, else null
 * @param nullable              whether {@code null} is allowed
 * @param stringCountInGroups   true for counts typed {@code CountValue} (a oneOf number or digit string):
 *                              grouped rows send them as strings (DEV-06)
 */
public record Property(String name, FieldType type, String wireFormat, boolean nullable, boolean stringCountInGroups) {
}
