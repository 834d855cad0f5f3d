package com.partnercenter.analytics.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The JSON reader for everything the service sends. Tolerant where the service is loose:
 * <ul>
 *   <li>unknown properties are ignored (the service adds fields the documentation lacks, DEV-16);</li>
 *   <li>enumerations are plain strings in the generated models, so unknown values are kept (DEV-17);</li>
 *   <li>numbers sent as strings ({@code "63"}, DEV-06/DEV-08) and whole numbers sent as {@code 10.0} (DEV-24) are
 *       read into the generated {@code Long}/{@code Integer} fields; a fraction ({@code 20.5}) in such a field is an
 *       error naming the field, never truncated (DEV-41: {@link WholeNumberDeserializer}, with Jackson's
 *       {@code ACCEPT_FLOAT_AS_INT} off); {@code number} fields such as {@code quantity} are {@code BigDecimal}s,
 *       read exactly (DEV-40);</li>
 *   <li>every date-time form the service sends is read as UTC through {@link WireDateTimes#parse}, the spec module's
 *       definition of the wire grammar: with or without offset, 0 to 7 (and up to 9) fractional digits, a bare date,
 *       and the {@code 0001-01-01T00:00:00} sentinel (DEV-10, DEV-31). The generator's own
 *       {@code RFC3339JavaTimeModule} is not used: it registers its deserializers too late to take effect.</li>
 * </ul>
 * A leading byte order mark is skipped by {@link TolerantDecoder} before the bytes reach this mapper.
 */
public final class TolerantJson {
    private static final ObjectMapper MAPPER = create();

    private TolerantJson() {
    }

    /** The shared, fully configured mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static ObjectMapper create() {
        SimpleModule wireDates = new SimpleModule("PartnerCenterWireDates");
        wireDates.addDeserializer(OffsetDateTime.class, new WireOffsetDateTimeDeserializer());
        wireDates.addDeserializer(LocalDate.class, new WireLocalDateDeserializer());
        WholeNumberDeserializer.registerIn(wireDates);
        return JsonMapper.builder()
                // JavaTimeModule first, so that the wire-date deserializers registered after it win.
                .addModule(new JavaTimeModule())
                .addModule(wireDates)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // Jackson would truncate 20.5 to 20 in a Long; WholeNumberDeserializer reads 10.0 and refuses 20.5.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /**
     * Reads a wire date-time as an instant in UTC, as {@link WireDateTimes#parse} defines it (through
     * {@link WireDateParser}'s fast path for the exact wire forms).
     */
    static Optional<OffsetDateTime> readWireDateTime(String text) {
        return WireDateParser.parse(text);
    }

    static final class WireOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        WireOffsetDateTimeDeserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                // Not sent by the service; epoch milliseconds are the only sensible reading of a number.
                return OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(p.getLongValue()), ZoneOffset.UTC);
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
            }
            String text = p.getText();
            if (text == null || text.isBlank()) {
                return null;
            }
            return readWireDateTime(text).orElseThrow(() -> ctxt.weirdStringException(text, OffsetDateTime.class,
                    "not a Partner Center date-time (expected yyyy-MM-ddTHH:mm:ss[.fffffff][Z|+hh:mm] or yyyy-MM-dd)"));
        }
    }

    static final class WireLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        WireLocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (text == null || text.isBlank()) {
                return null;
            }
            // A date field sent as a date-time (e.g. "2018-05-30T00:00:00") is read as its UTC date.
            return readWireDateTime(text).map(OffsetDateTime::toLocalDate).orElseThrow(() -> ctxt.weirdStringException(
                    text, LocalDate.class, "not a Partner Center date (expected yyyy-MM-dd)"));
        }
    }
}
