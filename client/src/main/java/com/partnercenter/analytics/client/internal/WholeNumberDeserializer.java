package com.partnercenter.analytics.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Reads the generated {@code Long} and {@code Integer} fields (DEV-41): a JSON integer, a whole number written as a
 * decimal ({@code 10.0}, DEV-24) or as a digit string ({@code "63"}, DEV-06/DEV-08). A fractional value
 * ({@code 20.5}, {@code "20.5"}) or one out of the type's range is an {@link InvalidFormatException}, which the
 * decoder reports with the field's path: a reader must never lose data without saying so, and Jackson's own
 * {@code ACCEPT_FLOAT_AS_INT} would silently truncate.
 */
final class WholeNumberDeserializer<N extends Number> extends StdScalarDeserializer<N> {
    private static final long serialVersionUID = 1L;

    private final transient Function<BigDecimal, N> exact;
    private final N nullValue;

    private WholeNumberDeserializer(Class<N> type, Function<BigDecimal, N> exact, N nullValue) {
        super(type);
        this.exact = exact;
        this.nullValue = nullValue;
    }

    /** Registers the reader for {@code Long}, {@code long}, {@code Integer} and {@code int}. */
    static void registerIn(SimpleModule module) {
        module.addDeserializer(Long.class, new WholeNumberDeserializer<>(Long.class, BigDecimal::longValueExact, null));
        module.addDeserializer(Long.TYPE, new WholeNumberDeserializer<>(Long.class, BigDecimal::longValueExact, 0L));
        module.addDeserializer(Integer.class, new WholeNumberDeserializer<>(Integer.class, BigDecimal::intValueExact, null));
        module.addDeserializer(Integer.TYPE, new WholeNumberDeserializer<>(Integer.class, BigDecimal::intValueExact, 0));
    }

    @Override
    public N deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return whole(p, p.getDecimalValue(), p.getText());
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return nullValue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw InvalidFormatException.from(p, "not a whole number: \"" + text + "\"", text, handledType());
            }
            return whole(p, value, text);
        }
        if (token == JsonToken.VALUE_NULL) {
            return nullValue;
        }
        @SuppressWarnings("unchecked")
        N unexpected = (N) ctxt.handleUnexpectedToken(handledType(), p);
        return unexpected;
    }

    @Override
    public N getNullValue(DeserializationContext ctxt) {
        return nullValue;
    }

    private N whole(JsonParser p, BigDecimal value, String text) throws IOException {
        try {
            return exact.apply(value.stripTrailingZeros());
        } catch (ArithmeticException e) {
            String why = value.stripTrailingZeros().scale() > 0
                    ? "a fractional number (" + text + ") where the spec declares a whole number; it is not truncated"
                    : "a whole number (" + text + ") out of the range of " + handledType().getSimpleName();
            throw InvalidFormatException.from(p, why, text, handledType());
        }
    }
}
