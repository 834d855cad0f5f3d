package com.partnercenter.analytics.query;

import com.partnercenter.analytics.spec.WireDateTimes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A literal value in a filter. {@code position} is its 0-based offset in the source text, or -1 when built in code. */
public sealed interface Literal {
    int position();

    /** The literal as the service's filter syntax writes it. */
    String toFilterString();

    /** A string in single quotes; a quote inside is doubled. */
    record StringLiteral(String value, int position) implements Literal {
        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toFilterString() {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    record BooleanLiteral(boolean value, int position) implements Literal {
        @Override
        public String toFilterString() {
            return Boolean.toString(value);
        }
    }

    record NumberLiteral(BigDecimal value, int position) implements Literal {
        public NumberLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toFilterString() {
            return value.toPlainString();
        }
    }

    /**
     * A date-time, as an instant in UTC. Written as the documentation writes it:
     * {@code cast('2018-01-01', Edm.DateTimeOffset)} at midnight, otherwise with the time and no offset.
     */
    record DateTimeLiteral(OffsetDateTime value, int position) implements Literal {
        public DateTimeLiteral {
            Objects.requireNonNull(value, "value");
            value = value.withOffsetSameInstant(ZoneOffset.UTC);
        }

        @Override
        public String toFilterString() {
            boolean midnight = value.toLocalTime().toNanoOfDay() == 0;
            String text = midnight ? value.toLocalDate().toString() : WireDateTimes.format(value, WireDateTimes.LOCAL_DATE_TIME);
            return "cast('" + text + "', Edm.DateTimeOffset)";
        }
    }

    record NullLiteral(int position) implements Literal {
        @Override
        public String toFilterString() {
            return "null";
        }
    }
}
