package com.partnercenter.analytics.query;

import com.partnercenter.analytics.query.FilterExpression.And;
import com.partnercenter.analytics.query.FilterExpression.Comparison;
import com.partnercenter.analytics.query.FilterExpression.Contains;
import com.partnercenter.analytics.query.FilterExpression.Or;
import com.partnercenter.analytics.query.Literal.BooleanLiteral;
import com.partnercenter.analytics.query.Literal.DateTimeLiteral;
import com.partnercenter.analytics.query.Literal.NullLiteral;
import com.partnercenter.analytics.query.Literal.NumberLiteral;
import com.partnercenter.analytics.query.Literal.StringLiteral;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the service's {@code filter} syntax (the OData subset its documentation uses):
 * <pre>
 * expression := and-term ('or' and-term)*
 * and-term   := unary ('and' unary)*
 * unary      := '(' expression ')' | 'contains' '(' field ',' string ')' | field operator literal
 * operator   := eq | ne | gt | ge | lt | le
 * literal    := 'text' ('' is a quote) | true | false | null | number | yyyy-MM-dd[Thh:mm:ss[.f][offset]]
 *             | cast('date-or-date-time', Edm.DateTimeOffset)
 * </pre>
 * Keywords are matched without regard to case. The text must already be percent-decoded. Errors are
 * {@link QuerySyntaxException}s naming the position and token; nesting deeper than {@link #MAX_DEPTH}
 * parentheses is an error, never a stack overflow.
 */
public final class FilterParser {
    /** The deepest parenthesis nesting accepted. */
    public static final int MAX_DEPTH = 64;
    /** The longest filter accepted, in characters (the spec's maxLength). */
    public static final int MAX_LENGTH = 65536;

    private static final String PARAMETER = "filter";

    private final Lexer lexer;
    private Token current;
    private int depth;

    private FilterParser(String text) {
        this.lexer = new Lexer(text);
        this.current = lexer.next();
    }

    /** Parses a filter; throws {@link QuerySyntaxException} for text that is not one. */
    public static FilterExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new QuerySyntaxException(PARAMETER, text == null ? -1 : 0, "", "the filter is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(PARAMETER, MAX_LENGTH, "", "the filter is longer than " + MAX_LENGTH + " characters");
        }
        FilterParser parser = new FilterParser(text);
        FilterExpression expression = parser.expression();
        if (parser.current.kind != Kind.END) {
            throw parser.error(parser.current, parser.current.kind == Kind.RPAREN
                    ? "unbalanced ')': no '(' is open here"
                    : "expected 'and', 'or' or the end of the filter");
        }
        return expression;
    }

    private FilterExpression expression() {
        int start = current.position;
        List<FilterExpression> terms = new ArrayList<>();
        terms.add(andTerm());
        while (isKeyword(current, "or")) {
            advance();
            terms.add(andTerm());
        }
        return terms.size() == 1 ? terms.get(0) : new Or(flatten(terms, Or.class), start);
    }

    private FilterExpression andTerm() {
        int start = current.position;
        List<FilterExpression> terms = new ArrayList<>();
        terms.add(unary());
        while (isKeyword(current, "and")) {
            advance();
            terms.add(unary());
        }
        return terms.size() == 1 ? terms.get(0) : new And(flatten(terms, And.class), start);
    }

    private static List<FilterExpression> flatten(List<FilterExpression> terms, Class<?> kind) {
        List<FilterExpression> flat = new ArrayList<>();
        for (FilterExpression term : terms) {
            if (kind == And.class && term instanceof And and) {
                flat.addAll(and.operands());
            } else if (kind == Or.class && term instanceof Or or) {
                flat.addAll(or.operands());
            } else {
                flat.add(term);
            }
        }
        return flat;
    }

    private FilterExpression unary() {
        Token token = current;
        switch (token.kind) {
            case LPAREN -> {
                if (++depth > MAX_DEPTH) {
                    throw error(token, "parentheses nest deeper than " + MAX_DEPTH + " levels");
                }
                advance();
                FilterExpression inner = expression();
                if (current.kind != Kind.RPAREN) {
                    throw error(current, current.kind == Kind.END
                            ? "unbalanced '(' opened at position " + (token.position + 1) + ": no ')' closes it"
                            : "expected ')' to close the '(' at position " + (token.position + 1));
                }
                advance();
                depth--;
                return inner;
            }
            case WORD -> {
                String word = token.text.toLowerCase(Locale.ROOT);
                if (word.equals("contains") && lexer.peekIs(Kind.LPAREN, this)) {
                    return contains();
                }
                if (word.equals("not")) {
                    throw error(token, "'not' is not supported by the service; use ne or rewrite the condition");
                }
                if (Keywords.isReserved(word)) {
                    throw error(token, "expected a field name, found the keyword '" + token.text + "'");
                }
                return comparison();
            }
            case END -> throw error(token, "the filter ends where a condition was expected");
            default -> throw error(token, "expected a field name, 'contains(' or '('");
        }
    }

    private FilterExpression contains() {
        Token keyword = current;
        advance(); // contains
        expect(Kind.LPAREN, "expected '(' after contains");
        Token field = current;
        if (field.kind != Kind.WORD || Keywords.isReserved(field.text.toLowerCase(Locale.ROOT))) {
            throw error(field, "expected a field name as the first argument of contains");
        }
        advance();
        expect(Kind.COMMA, "expected ',' between the field and the text of contains");
        Token text = current;
        if (text.kind != Kind.STRING) {
            throw error(text, "contains takes a quoted string, e.g. contains(" + field.text + ",'text')");
        }
        advance();
        expect(Kind.RPAREN, "expected ')' to close contains(");
        return new Contains(field.text, new StringLiteral(text.value, text.position), keyword.position);
    }

    private FilterExpression comparison() {
        Token field = current;
        advance();
        Token op = current;
        if (op.kind != Kind.WORD) {
            throw error(op, op.kind == Kind.END
                    ? "the filter ends after field '" + field.text + "'; expected an operator (eq, ne, gt, ge, lt, le)"
                    : "expected an operator (eq, ne, gt, ge, lt, le) after field '" + field.text + "'");
        }
        Optional<FilterOperator> operator = FilterOperator.fromToken(op.text);
        if (operator.isEmpty() || operator.get() == FilterOperator.CONTAINS) {
            throw error(op, "unknown operator '" + op.text + "'; expected eq, ne, gt, ge, lt or le"
                    + (op.text.equalsIgnoreCase("contains") ? " (contains is a function: contains(" + field.text + ",'text'))" : ""));
        }
        advance();
        Literal literal = literal();
        return new Comparison(field.text, operator.get(), literal, field.position, op.position);
    }

    private Literal literal() {
        Token token = current;
        switch (token.kind) {
            case STRING -> {
                advance();
                return new StringLiteral(token.value, token.position);
            }
            case NUMBER -> {
                advance();
                try {
                    return new NumberLiteral(new BigDecimal(token.text), token.position);
                } catch (NumberFormatException e) {
                    throw error(token, "'" + token.text + "' is not a number");
                }
            }
            case DATE -> {
                advance();
                return new DateTimeLiteral(WireDateTimes.parse(token.text)
                        .orElseThrow(() -> error(token, "'" + token.text + "' is not a valid date or date-time")), token.position);
            }
            case WORD -> {
                String word = token.text.toLowerCase(Locale.ROOT);
                switch (word) {
                    case "true", "false" -> {
                        advance();
                        return new BooleanLiteral(word.equals("true"), token.position);
                    }
                    case "null" -> {
                        advance();
                        return new NullLiteral(token.position);
                    }
                    case "cast" -> {
                        return cast();
                    }
                    default -> throw error(token, "expected a value (a 'quoted string', number, true, false, null, date or cast(...)); "
                            + "a bare word is not a value — quote strings");
                }
            }
            case END -> throw error(token, "the filter ends where a value was expected");
            default -> throw error(token, "expected a value (a 'quoted string', number, true, false, null, date or cast(...))");
        }
    }

    private Literal cast() {
        Token keyword = current;
        advance();
        expect(Kind.LPAREN, "expected '(' after cast");
        Token value = current;
        if (value.kind != Kind.STRING && value.kind != Kind.DATE) {
            throw error(value, "cast takes a quoted date, e.g. cast('2018-01-01', Edm.DateTimeOffset)");
        }
        String text = value.kind == Kind.STRING ? value.value : value.text;
        advance();
        expect(Kind.COMMA, "expected ', Edm.DateTimeOffset' in cast");
        Token type = current;
        if (type.kind != Kind.WORD || !type.text.equalsIgnoreCase("Edm.DateTimeOffset")) {
            throw error(type, "only cast(..., Edm.DateTimeOffset) is supported");
        }
        advance();
        expect(Kind.RPAREN, "expected ')' to close cast(");
        return new DateTimeLiteral(WireDateTimes.parse(text)
                .orElseThrow(() -> error(value, "'" + text + "' is not a valid date or date-time")), keyword.position);
    }

    private void expect(Kind kind, String message) {
        if (current.kind != kind) {
            throw error(current, message);
        }
        advance();
    }

    private void advance() {
        current = lexer.next();
    }

    private static boolean isKeyword(Token token, String keyword) {
        return token.kind == Kind.WORD && token.text.equalsIgnoreCase(keyword);
    }

    QuerySyntaxException error(Token token, String reason) {
        return new QuerySyntaxException(PARAMETER, token.position, token.kind == Kind.END ? "" : token.text, reason);
    }

    // ---- lexer -------------------------------------------------------------------------------------------

    enum Kind { WORD, STRING, NUMBER, DATE, LPAREN, RPAREN, COMMA, END }

    /** One token: its kind, the raw text, the decoded value of a string, and its offset. */
    record Token(Kind kind, String text, String value, int position) {
    }

    private static final class Keywords {
        static boolean isReserved(String lower) {
            return switch (lower) {
                case "and", "or", "eq", "ne", "gt", "ge", "lt", "le", "true", "false", "null", "cast" -> true;
                default -> false;
            };
        }
    }

    private static final class Lexer {
        private final String text;
        private int index;
        private Token peeked;

        Lexer(String text) {
            this.text = text;
        }

        boolean peekIs(Kind kind, FilterParser parser) {
            if (peeked == null) {
                peeked = scan(parser);
            }
            return peeked.kind == kind;
        }

        Token next() {
            if (peeked != null) {
                Token token = peeked;
                peeked = null;
                return token;
            }
            return scan(null);
        }

        private Token scan(FilterParser parser) {
            while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
                index++;
            }
            if (index >= text.length()) {
                return new Token(Kind.END, "", "", text.length());
            }
            int start = index;
            char c = text.charAt(index);
            switch (c) {
                case '(' -> {
                    index++;
                    return new Token(Kind.LPAREN, "(", "(", start);
                }
                case ')' -> {
                    index++;
                    return new Token(Kind.RPAREN, ")", ")", start);
                }
                case ',' -> {
                    index++;
                    return new Token(Kind.COMMA, ",", ",", start);
                }
                case '\'' -> {
                    return string(start);
                }
                default -> {
                }
            }
            if (c == '-' || Character.isDigit(c)) {
                return numberOrDate(start);
            }
            if (isWordStart(c)) {
                while (index < text.length() && isWordPart(text.charAt(index))) {
                    index++;
                }
                String word = text.substring(start, index);
                return new Token(Kind.WORD, word, word, start);
            }
            throw new QuerySyntaxException(PARAMETER, start, String.valueOf(c),
                    Character.isISOControl(c) ? "control character U+" + String.format("%04X", (int) c) + " outside a quoted string"
                            : "unexpected character '" + c + "'");
        }

        private Token string(int start) {
            StringBuilder value = new StringBuilder();
            index++; // opening quote
            while (index < text.length()) {
                char c = text.charAt(index);
                if (c == '\'') {
                    if (index + 1 < text.length() && text.charAt(index + 1) == '\'') {
                        value.append('\'');
                        index += 2;
                        continue;
                    }
                    index++;
                    return new Token(Kind.STRING, text.substring(start, index), value.toString(), start);
                }
                value.append(c);
                index++;
            }
            throw new QuerySyntaxException(PARAMETER, start, text.substring(start, Math.min(text.length(), start + 20)),
                    "unterminated string: no closing quote (write a quote inside a string as '')");
        }

        private Token numberOrDate(int start) {
            int end = start;
            while (end < text.length() && isNumberOrDatePart(text.charAt(end))) {
                end++;
            }
            String raw = text.substring(start, end);
            index = end;
            if (raw.length() >= 10 && raw.charAt(4) == '-' && Character.isDigit(raw.charAt(0))) {
                return new Token(Kind.DATE, raw, raw, start);
            }
            if (!raw.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                throw new QuerySyntaxException(PARAMETER, start, raw, "'" + raw + "' is neither a number nor a date");
            }
            return new Token(Kind.NUMBER, raw, raw, start);
        }

        private static boolean isNumberOrDatePart(char c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                    || c == '.' || c == ':' || c == '+' || c == '-';
        }

        private static boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_' || c == '@';
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '.';
        }
    }
}
