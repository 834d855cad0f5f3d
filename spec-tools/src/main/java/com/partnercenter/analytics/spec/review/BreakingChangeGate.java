package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The breaking-change gate: compares the document with a baseline (a file, or the document at a git ref), writes a
 * readable report, and fails on
 * <ul>
 *   <li>a breaking change not acknowledged, with a reason, in the acknowledgments file;</li>
 *   <li>an acknowledgment without a reason;</li>
 *   <li>a breaking change without a new major {@code info.version}; an API change without a higher version;</li>
 *   <li>a document version without a section in the change log;</li>
 *   <li>a comparison that cannot be made (missing or unreadable baseline, bad git ref, invalid document).</li>
 * </ul>
 * Breaking is decided by {@link SpecDiff} (this project's rules) and, as a second opinion, by openapi-diff-core:
 * an incompatibility only openapi-diff finds is reported as breaking too.
 *
 * <p>Command line (exec-maven-plugin execution {@code spec-diff}):
 * {@code --current=<yaml> [--baseline-file=<yaml>] [--baseline-ref=<git ref>] [--acknowledged=<yaml>]
 * [--changelog=<md>] [--report=<dir>]}.
 */
public final class BreakingChangeGate {
    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?");

    /** The gate's inputs. {@code baselineRef}, when not blank, wins over {@code baselineFile}. */
    public record Options(Path current, Path baselineFile, String baselineRef, Path acknowledged, Path changelog) {
        public Options withBaselineRef(String ref) {
            return new Options(current, baselineFile, ref, acknowledged, changelog);
        }
    }

    /** A change and, when acknowledged, the reason given. */
    public record Assessed(SpecChange change, String acknowledgedBecause) {
        public boolean acknowledged() {
            return acknowledgedBecause != null;
        }
    }

    /** What the gate decided; {@link #report()} is the Markdown report. */
    public record Result(String baselineSource, String currentSource, String baselineVersion, String currentVersion, List<Assessed> changes,
                         boolean documentationOnly, List<String> documentationChanges, List<String> failures,
                         List<String> warnings, String comparisonError, String openApiDiffMarkdown, String report) {
        public boolean passed() {
            return failures.isEmpty();
        }

        public List<SpecChange> breakingChanges() {
            return changes.stream().map(Assessed::change).filter(SpecChange::breaking).toList();
        }
    }

    /** The gate did not pass; the message says why. */
    public static final class GateFailed extends RuntimeException {
        GateFailed(String message) {
            super(message);
        }
    }

    /** The comparison itself could not be made. */
    static final class ComparisonError extends RuntimeException {
        ComparisonError(String message) {
            super(message);
        }

        ComparisonError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private BreakingChangeGate() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            a.put(arg.substring(2, eq), arg.substring(eq + 1).trim());
        }
        Options options = new Options(Path.of(require(a, "current")), path(a.get("baseline-file")), a.getOrDefault("baseline-ref", ""),
                path(a.get("acknowledged")), path(a.get("changelog")));
        Result result = run(options);
        Path reportDir = Path.of(a.getOrDefault("report", "target/spec-diff"));
        Path report = write(result, reportDir);
        System.out.println("[spec-diff] " + summary(result));
        System.out.println("[spec-diff] report: " + report.toAbsolutePath());
        if (!result.passed()) {
            throw new GateFailed("The breaking-change gate failed (report: " + report.toAbsolutePath() + "):" + System.lineSeparator()
                    + "  - " + String.join(System.lineSeparator() + "  - ", result.failures()));
        }
    }

    private static String require(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** Writes {@code report.md} into {@code dir} and returns its path. */
    public static Path write(Result result, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path report = dir.resolve("report.md");
        Files.writeString(report, result.report(), StandardCharsets.UTF_8);
        return report;
    }

    static String summary(Result result) {
        if (result.comparisonError() != null) {
            return "FAILED: the comparison could not be made: " + result.comparisonError();
        }
        long breaking = result.breakingChanges().size();
        return (result.passed() ? "PASSED" : "FAILED") + ": " + result.baselineSource() + " (" + result.baselineVersion() + ") -> current ("
                + result.currentVersion() + "): " + result.changes().size() + " API change(s), " + breaking + " breaking"
                + (result.documentationOnly() ? ", documentation only" : "")
                + (result.failures().isEmpty() ? "" : "; " + String.join("; ", result.failures()));
    }

    /** Runs the gate. Never throws for a failed comparison: the result carries the error and fails. */
    public static Result run(Options options) {
        String baselineSource = describeBaseline(options);
        try {
            return compare(options, baselineSource);
        } catch (ComparisonError e) {
            String message = e.getMessage();
            List<String> failures = List.of("The comparison could not be made: " + message);
            Result partial = new Result(baselineSource, String.valueOf(options.current()), "?", "?", List.of(), false, List.of(), failures, List.of(), message, "", "");
            return withReport(partial);
        }
    }

    private static String describeBaseline(Options options) {
        if (options.baselineRef() != null && !options.baselineRef().isBlank()) {
            return "git ref " + options.baselineRef();
        }
        return options.baselineFile() == null ? "(no baseline given)" : options.baselineFile().toString();
    }

    private static Result compare(Options options, String baselineSource) {
        String currentText = GateInputs.readFile(options.current(), "current document");
        String baselineText = GateInputs.readBaseline(options);
        JsonNode current = GateInputs.parse(currentText, "The current document (" + options.current() + ")");
        JsonNode baseline = GateInputs.parse(baselineText, "The baseline (" + baselineSource + ")");

        SpecDiff.Result diff = SpecDiff.compare(baseline, current);
        List<SpecChange> changes = new ArrayList<>(diff.changes());
        String openApiDiffMarkdown = "";
        if (!diff.identical()) {
            ChangedOpenApi second;
            try {
                second = OpenApiCompare.fromContents(baselineText, currentText);
            } catch (RuntimeException e) {
                throw new ComparisonError("openapi-diff could not compare the documents: " + e, e);
            }
            openApiDiffMarkdown = markdown(second);
            addOpenApiDiffIncompatibilities(second, changes, baseline, current);
        }

        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> acknowledgments = GateInputs.acknowledgments(options.acknowledged(), failures);
        List<Assessed> assessed = new ArrayList<>();
        for (SpecChange change : changes) {
            String reason = change.breaking() ? acknowledgments.get(change.id()) : null;
            assessed.add(new Assessed(change, reason));
        }
        acknowledgments.keySet().stream()
                .filter(id -> changes.stream().noneMatch(c -> c.breaking() && c.id().equals(id)))
                .forEach(id -> warnings.add("The acknowledgment of '" + id + "' matches no breaking change of this comparison (remove it when the baseline moves)"));
        List<String> unacknowledged = assessed.stream().filter(a -> a.change().breaking() && !a.acknowledged()).map(a -> a.change().id()).toList();
        if (!unacknowledged.isEmpty()) {
            failures.add(unacknowledged.size() + " breaking change(s) not acknowledged: " + String.join("; ", unacknowledged)
                    + ". Undo them, or acknowledge each in " + fileName(options.acknowledged(), "the acknowledgments file")
                    + " with the change exactly as written here and a reason");
        }

        String baselineVersion = baseline.path("info").path("version").asText("");
        String currentVersion = current.path("info").path("version").asText("");
        versionRules(baselineVersion, currentVersion, changes, failures, warnings);
        changelogRule(options.changelog(), currentVersion, failures);

        Result result = new Result(baselineSource, options.current().toString(), baselineVersion, currentVersion, List.copyOf(assessed), diff.documentationOnly(),
                diff.documentationChanges(), List.copyOf(failures), List.copyOf(warnings), null, openApiDiffMarkdown, "");
        return withReport(result);
    }

    static String fileName(Path path, String fallback) {
        return path == null ? fallback : path.toString();
    }

    // ---- the report ---------------------------------------------------------------------------------------

    private static Result withReport(Result r) {
        return new Result(r.baselineSource(), r.currentSource(), r.baselineVersion(), r.currentVersion(), r.changes(), r.documentationOnly(),
                r.documentationChanges(), r.failures(), r.warnings(), r.comparisonError(), r.openApiDiffMarkdown(), report(r));
    }

    static String report(Result r) {
        return GateReport.report(r);
    }

    static String changelogSection(Result r) {
        return GateReport.changelogSection(r);
    }

    // ---- rules on the version and the change log ----------------------------------------------------------

    private static void versionRules(String baselineVersion, String currentVersion, List<SpecChange> changes, List<String> failures,
                                     List<String> warnings) {
        int[] current = semver(currentVersion);
        if (current == null) {
            failures.add("info.version '" + currentVersion + "' is not MAJOR.MINOR.PATCH");
            return;
        }
        int[] baseline = semver(baselineVersion);
        if (baseline == null) {
            warnings.add("The baseline's info.version '" + baselineVersion + "' is not MAJOR.MINOR.PATCH; the version rules were not applied");
            return;
        }
        int cmp = compare(current, baseline);
        boolean breaking = changes.stream().anyMatch(SpecChange::breaking);
        if (cmp < 0) {
            failures.add("info.version went down: " + currentVersion + " is lower than the baseline's " + baselineVersion);
        } else if (breaking && current[0] <= baseline[0]) {
            failures.add("A breaking change needs a new major version: info.version is " + currentVersion + ", the baseline's is "
                    + baselineVersion + "; raise it to " + (baseline[0] + 1) + ".0.0 (and add that section to the change log)");
        } else if (!breaking && !changes.isEmpty() && cmp == 0) {
            failures.add("The API changed (" + changes.size() + " change(s)) but info.version is still " + currentVersion
                    + ", as in the baseline; raise the minor version for additions (" + baseline[0] + "." + (baseline[1] + 1)
                    + ".0) or the patch version for fixes (" + baseline[0] + "." + baseline[1] + "." + (baseline[2] + 1) + ")");
        }
    }

    static int[] semver(String version) {
        Matcher m = SEMVER.matcher(version == null ? "" : version.trim());
        if (!m.matches()) {
            return null;
        }
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static void changelogRule(Path changelog, String version, List<String> failures) {
        if (changelog == null) {
            return;
        }
        if (!Files.isRegularFile(changelog)) {
            failures.add("The change log " + changelog + " does not exist");
            return;
        }
        try {
            String text = Files.readString(changelog, StandardCharsets.UTF_8);
            if (!Pattern.compile("^## \\[" + Pattern.quote(version) + "\\]", Pattern.MULTILINE).matcher(text).find()) {
                failures.add("The change log " + changelog + " has no section '## [" + version + "]' for the document's info.version;"
                        + " paste the section from this report");
            }
        } catch (IOException e) {
            failures.add("Cannot read the change log " + changelog + ": " + e.getMessage());
        }
    }

    // ---- openapi-diff -------------------------------------------------------------------------------------

    /**
     * Adds what openapi-diff finds incompatible and the gate's rules did not: per operation, unless the gate
     * already reports a breaking change of that operation or of a component it uses (openapi-diff resolves
     * references and reports a schema change under every operation that uses the schema).
     */
    private static void addOpenApiDiffIncompatibilities(ChangedOpenApi diff, List<SpecChange> changes, JsonNode baseline, JsonNode current) {
        if (!diff.isIncompatible()) {
            return;
        }
        boolean added = false;
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (!op.isIncompatible()) {
                continue;
            }
            String key = op.getHttpMethod() + " " + op.getPathUrl();
            java.util.Set<String> covered = new java.util.TreeSet<>(DocumentTrees.componentsUsedBy(baseline, key));
            covered.addAll(DocumentTrees.componentsUsedBy(current, key));
            covered.add(key);
            boolean reported = changes.stream().filter(SpecChange::breaking)
                    .anyMatch(c -> covered.stream().anyMatch(label -> c.id().startsWith(label + ":") || c.id().startsWith(label + ".")));
            if (!reported) {
                changes.add(new SpecChange(SpecChange.Kind.CHANGED, true, key + ": incompatible change found by openapi-diff (see its detail in the report)", "openapi-diff"));
            }
            added = true;
        }
        if (!added && changes.stream().noneMatch(SpecChange::breaking)) {
            changes.add(new SpecChange(SpecChange.Kind.CHANGED, true, "document: incompatible change found by openapi-diff (see its detail in the report)", "openapi-diff"));
        }
    }

    private static String markdown(ChangedOpenApi diff) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            new MarkdownRender().render(diff, writer); // it flushes and closes the writer itself
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return "(openapi-diff could not render its report: " + e + ")";
        }
    }

}
