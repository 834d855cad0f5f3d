package com.partnercenter.analytics.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.partnercenter.analytics.spec.check.SpecRules;
import com.partnercenter.analytics.spec.check.StyleLint;
import com.partnercenter.analytics.spec.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shows that every checker can fail. Each file under {@code src/test/resources/broken} names one defect, the
 * checker that must reject it and the message it must give; the test applies the defect to a copy of the real
 * document, writes that copy to {@code target/broken-documents}, and runs the checker on it.
 */
class BrokenDocumentTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(SpecDocuments.BROKEN_CASES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNamedCheckerRejectsTheBrokenCopyWithTheNamedMessage(Path caseFile) throws IOException {
        JsonNode brokenCase = YAML.readTree(caseFile.toFile());
        Path broken = writeBrokenCopy(caseFile, brokenCase);
        String expected = brokenCase.path("message").asText();
        String checker = brokenCase.path("checker").asText();
        List<String> failures = switch (checker) {
            case "parser" -> SwaggerParserTest.parserMessages(broken);
            case "lint" -> StyleLint.fromSuppressions(SpecDocuments.LINT_SUPPRESSIONS).lint(broken);
            case "rules" -> {
                List<Violation> violations = SpecRules.checkAll(AnalyticsSpec.read(broken));
                String rule = brokenCase.path("rule").asText();
                assertThat(violations).as("violations of %s", rule).anyMatch(v -> v.ruleId().equals(rule));
                yield violations.stream().filter(v -> v.ruleId().equals(rule)).map(Violation::toString).toList();
            }
            default -> throw new IllegalArgumentException(caseFile + ": unknown checker '" + checker + "'");
        };
        assertThat(failures).as("%s rejects %s (%s)", checker, broken, brokenCase.path("defect").asText())
                .anyMatch(message -> message.contains(expected));
    }

    @Test
    void everyRuleIsShownToCatchAViolation() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (Path file : cases().toList()) {
            JsonNode brokenCase = YAML.readTree(file.toFile());
            if (brokenCase.has("rule")) {
                shown.add(brokenCase.get("rule").asText());
            }
        }
        assertThat(shown).containsAll(SpecRules.all().stream().map(r -> r.id()).collect(Collectors.toSet()));
    }

    private static Path writeBrokenCopy(Path caseFile, JsonNode brokenCase) throws IOException {
        ObjectNode document = (ObjectNode) YAML.readTree(SpecDocuments.DOCUMENT.toFile());
        brokenCase.path("remove").forEach(pointer -> remove(document, pointer.asText(), caseFile));
        brokenCase.path("set").fields().forEachRemaining(e -> set(document, e.getKey(), e.getValue()));
        Files.createDirectories(SpecDocuments.BROKEN_OUTPUT);
        Path out = SpecDocuments.BROKEN_OUTPUT.resolve(caseFile.getFileName());
        YAML.writeValue(out.toFile(), document);
        return out;
    }

    private static void remove(ObjectNode document, String pointer, Path caseFile) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String key = unescape(pointer.substring(slash + 1));
        if (!(parent instanceof ObjectNode object) || object.remove(key) == null) {
            throw new IllegalArgumentException(caseFile + ": nothing to remove at " + pointer);
        }
    }

    private static void set(ObjectNode document, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode current = document;
        for (int i = 0; i < parts.length - 1; i++) {
            String key = unescape(parts[i]);
            JsonNode next = current.isArray() ? current.path(Integer.parseInt(key)) : current.path(key);
            if (next.isMissingNode()) {
                next = ((ObjectNode) current).putObject(key);
            }
            current = next;
        }
        String last = unescape(parts[parts.length - 1]);
        if (current instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) current).set(last, value);
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
