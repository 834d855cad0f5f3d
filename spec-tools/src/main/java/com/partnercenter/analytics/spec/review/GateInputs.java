package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.partnercenter.analytics.spec.review.BreakingChangeGate.ComparisonError;
import com.partnercenter.analytics.spec.review.BreakingChangeGate.Options;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the gate reads: the two documents (a file, or the document at a git ref), each checked with Swagger Parser,
 * and the acknowledgments file.
 */
final class GateInputs {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GateInputs() {
    }

    static String readFile(Path file, String what) {
        if (file == null) {
            throw new ComparisonError("No " + what + " given");
        }
        if (!Files.isRegularFile(file)) {
            throw new ComparisonError("The " + what + " " + file + " does not exist");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComparisonError("Cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    static String readBaseline(Options options) {
        if (options.baselineRef() == null || options.baselineRef().isBlank()) {
            if (options.baselineFile() == null) {
                throw new ComparisonError("No baseline given: pass a baseline file or a git ref");
            }
            return readFile(options.baselineFile(), "baseline file");
        }
        return gitShow(options.baselineRef().trim(), options.current());
    }

    /** The current document's file as it is at {@code ref} (git show ref:./file, run in the file's folder). */
    static String gitShow(String ref, Path current) {
        if (ref.startsWith("-")) {
            throw new ComparisonError("'" + ref + "' is not a git ref");
        }
        Path dir = current.toAbsolutePath().getParent();
        ProcessBuilder builder = new ProcessBuilder("git", "show", ref + ":./" + current.getFileName()).directory(dir.toFile());
        try {
            Path err = Files.createTempFile("spec-diff-git", ".err");
            try {
                Process process = builder.redirectError(err.toFile()).start();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new ComparisonError("git show " + ref + " did not finish within 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new ComparisonError("Cannot read the baseline at git ref '" + ref + "' (git show " + ref + ":./" + current.getFileName()
                            + " in " + dir + "): " + Files.readString(err).trim());
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new ComparisonError("Cannot run git to read the baseline at ref '" + ref + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComparisonError("Interrupted while reading the baseline at ref '" + ref + "'", e);
        }
    }

    /** Checks the text is an OpenAPI document Swagger Parser reads without a message, and returns its tree. */
    static JsonNode parse(String text, String what) {
        ParseOptions parseOptions = new ParseOptions();
        parseOptions.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, parseOptions);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null || !messages.isEmpty()) {
            throw new ComparisonError(what + " is not a valid OpenAPI document: "
                    + (messages.isEmpty() ? "Swagger Parser read nothing" : String.join("; ", messages)));
        }
        try {
            JsonNode tree = YAML.readTree(text);
            if (tree == null || !tree.isObject() || !tree.has("openapi")) {
                throw new ComparisonError(what + " is not an OpenAPI 3 document (no 'openapi' key)");
            }
            return tree;
        } catch (IOException e) {
            throw new ComparisonError(what + " cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** change id to reason; entries without a reason are refused (a failure), and do not count. */
    static Map<String, String> acknowledgments(Path file, List<String> failures) {
        Map<String, String> out = new LinkedHashMap<>();
        if (file == null || !Files.exists(file)) {
            return out;
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new ComparisonError("Cannot read the acknowledgments file " + file + ": " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.path("acknowledged");
        if (list == null || list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new ComparisonError("The acknowledgments file " + file + " must have a list 'acknowledged' of {change, reason}");
        }
        int i = 0;
        for (JsonNode entry : list) {
            i++;
            String change = entry.path("change").asText("").trim();
            String reason = entry.path("reason").asText("").trim();
            if (change.isEmpty()) {
                failures.add("Acknowledgment #" + i + " in " + file + " names no change");
            } else if (reason.isEmpty()) {
                failures.add("The acknowledgment of '" + change + "' in " + file + " is refused: it gives no reason");
            } else {
                out.put(change, reason);
            }
        }
        return out;
    }
}
