package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FieldType;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.QueryCapabilities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The review aids beside the generated API reference. OpenAPI Generator's {@code html} generator renders
 * operations, parameters, responses, examples and models, but none of the vendor extensions reviewers care
 * about. This class writes {@code decisions.html} (every {@code x-pc-doc-deviation} decision, every capability
 * matrix {@code x-pc-query}, date wire formats, open enumerations, path aliases and replacements) and links it
 * from the generated {@code index.html}. Both pages must load nothing from the network: it fails otherwise.
 *
 * <p>Run at build time (exec-maven-plugin, phase prepare-package):
 * {@code ReviewPages <document.yaml> <reference-dir>}.
 */
public final class ReviewPages {
    static final String MARKER = "<!-- pc-review-aids -->";
    /** The generator's placeholder when info.contact has no email. */
    private static final Pattern PLACEHOLDER_CONTACT = Pattern.compile(
            "\\s*<div class=\"app-desc\">Contact Info: <a href=\"team@openapitools.org\">team@openapitools.org</a></div>");
    /** Resources a browser would fetch: script/img/iframe src, link href, CSS @import and url(). */
    private static final Pattern LOADED_RESOURCE = Pattern.compile(
            "<(?:script|img|iframe|source|embed)\\b[^>]*\\bsrc\\s*=\\s*[\"']?\\s*(?:https?:)?//[^\"'\\s>]*"
                    + "|<link\\b[^>]*\\bhref\\s*=\\s*[\"']?\\s*(?:https?:)?//[^\"'\\s>]*"
                    + "|@import\\s+(?:url\\()?\\s*[\"']?\\s*(?:https?:)?//[^\"')\\s;]*"
                    + "|url\\(\\s*[\"']?\\s*(?:https?:)?//[^\"')\\s]*",
            Pattern.CASE_INSENSITIVE);

    private ReviewPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReviewPages <document.yaml> <reference-dir>");
        }
        Path index = write(AnalyticsSpec.read(Path.of(args[0])), Path.of(args[1]));
        System.out.println("[review-pages] API reference: " + index.toAbsolutePath()
                + " (with " + index.resolveSibling("decisions.html").getFileName() + ")");
    }

    /**
     * Writes {@code decisions.html} into {@code referenceDir}, links it from the generated {@code index.html}
     * there, and checks that neither page loads anything from the network. Returns index.html.
     */
    public static Path write(AnalyticsSpec spec, Path referenceDir) throws IOException {
        Path index = referenceDir.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            throw new IllegalStateException("No generated reference at " + index
                    + ": the openapi-generator execution 'api-reference' (phase generate-resources) writes it");
        }
        Path decisions = referenceDir.resolve("decisions.html");
        Files.writeString(decisions, decisionsPage(spec), StandardCharsets.UTF_8);
        String html = Files.readString(index, StandardCharsets.UTF_8);
        if (!html.contains(MARKER)) {
            html = linkReviewAids(html, spec);
            Files.writeString(index, html, StandardCharsets.UTF_8);
        }
        for (Path page : List.of(index, decisions)) {
            List<String> loaded = networkResources(Files.readString(page, StandardCharsets.UTF_8));
            if (!loaded.isEmpty()) {
                throw new IllegalStateException(page + " loads resources from the network, so it cannot be viewed offline: " + loaded);
            }
        }
        return index;
    }

    /** Every place in {@code html} where a browser would fetch something from another host. */
    public static List<String> networkResources(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = LOADED_RESOURCE.matcher(html);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static String linkReviewAids(String html, AnalyticsSpec spec) {
        String aids = MARKER + "\n    <div class=\"app-desc\"><strong>Review aids:</strong> <a href=\"decisions.html\">decisions, "
                + "capability matrices and date wire formats</a> (the <code>x-pc-*</code> vendor extensions, which this page "
                + "does not show) &middot; document version " + escape(spec.version()) + "</div>";
        Matcher contact = PLACEHOLDER_CONTACT.matcher(html);
        if (contact.find()) {
            return contact.replaceFirst(Matcher.quoteReplacement("\n    " + aids));
        }
        int body = html.indexOf("<body>");
        if (body < 0) {
            throw new IllegalStateException("The generated index.html has no <body>: the generator's output changed; update ReviewPages");
        }
        return html.substring(0, body + 6) + "\n    " + aids + html.substring(body + 6);
    }

    // ---- decisions.html -----------------------------------------------------------------------------------

    static String decisionsPage(AnalyticsSpec spec) {
        JsonNode doc = spec.document();
        StringBuilder out = new StringBuilder();
        String title = doc.path("info").path("title").asText("API") + " " + spec.version() + ": review aids";
        out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>\nbody{font-family:sans-serif;font-size:15px;color:#333;margin:24px;max-width:1400px}\n")
                .append("table{border-collapse:collapse;margin:8px 0 24px}th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}\n")
                .append("th{background:#f2f2f2}code{background:#f6f6f6;padding:0 2px}td.yes{color:#070}td.no{color:#999}\n</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        out.append("<p>Generated from <code>spec/src/main/openapi/partner-center-analytics.yaml</code> at build time. "
                + "The operations, parameters, responses and models are in the <a href=\"index.html\">API reference</a>; this page lists "
                + "the vendor extensions that reference does not render.</p>\n");
        out.append("<ul><li><a href=\"#decisions\">Decisions where the documentation disagrees with itself</a> (<code>x-pc-doc-deviation</code>)</li>"
                + "<li><a href=\"#matrices\">Query capability matrices</a> (<code>x-pc-query</code>)</li>"
                + "<li><a href=\"#dates\">Date wire formats</a> (<code>x-pc-wire-format</code>)</li>"
                + "<li><a href=\"#enums\">Open enumerations</a> (<code>x-pc-known-values</code>)</li>"
                + "<li><a href=\"#operations\">Path aliases, deprecations and replacements</a></li></ul>\n");

        // Decisions
        List<String[]> decisions = new ArrayList<>();
        collect(doc, "", (pointer, key, value) -> {
            if (key.equals("x-pc-doc-deviation")) {
                for (JsonNode entry : value) {
                    decisions.add(new String[]{entry.path("id").asText(""), readable(pointer), entry.path("docs").asText(""), entry.path("decision").asText("")});
                }
            }
        });
        decisions.sort(Comparator.comparing(d -> d[0]));
        out.append("<h2 id=\"decisions\">Decisions where the documentation disagrees with itself (").append(decisions.size()).append(")</h2>\n");
        out.append("<table><tr><th>Id</th><th>Where</th><th>What the documentation says</th><th>What this document decides</th></tr>\n");
        for (String[] d : decisions) {
            out.append("<tr id=\"").append(escape(d[0])).append("\"><td><strong>").append(escape(d[0])).append("</strong></td><td><code>")
                    .append(escape(d[1])).append("</code></td><td>").append(inline(d[2])).append("</td><td>").append(inline(d[3])).append("</td></tr>\n");
        }
        out.append("</table>\n");

        // Matrices
        out.append("<h2 id=\"matrices\">Query capability matrices</h2>\n<p>Per operation: for each field of its row schema, the "
                + "<code>filter</code> operators it accepts, whether it can be used in <code>groupby</code> and <code>orderby</code>, and "
                + "which fields are aggregate counts of grouped rows. The client's query builder and the stub's query engine read this table.</p>\n");
        for (OperationDescriptor op : spec.operations().values()) {
            if (op.query().isEmpty()) {
                continue;
            }
            QueryCapabilities q = op.query().get();
            out.append("<h3 id=\"").append(escape(op.operationId())).append("\"><code>").append(escape(op.operationId())).append("</code> &middot; ")
                    .append(escape(op.method())).append(" <code>").append(escape(op.path())).append("</code></h3>\n");
            out.append("<p>Row schema <code>").append(escape(q.rowSchema())).append("</code>; query parameters: <code>")
                    .append(escape(String.join(", ", q.queryParameters()))).append("</code>; aggregation levels: ")
                    .append(q.aggregationLevels().isEmpty() ? "none" : "<code>" + escape(q.aggregationLevels().stream()
                            .map(l -> l.toString()).collect(Collectors.joining(", "))) + "</code>").append(".</p>\n");
            out.append("<table><tr><th>Field</th><th>Wire name</th><th>Type</th><th>Wire format</th><th>Nullable</th><th>Filter operators</th>"
                    + "<th>groupby</th><th>orderby</th><th>Aggregate</th><th>Compare (DEV-42)</th></tr>\n");
            for (FieldCapability f : q.fields().values()) {
                out.append("<tr><td><code>").append(escape(f.name())).append("</code></td><td>")
                        .append(f.wireName().equals(f.name()) ? "" : "<code>" + escape(f.wireName()) + "</code>").append("</td><td>")
                        .append(escape(f.type().toString().toLowerCase(Locale.ROOT))).append("</td><td>")
                        .append(f.wireFormat() == null ? "" : escape(f.wireFormat())).append("</td>")
                        .append(yesNo(f.nullable())).append("<td>")
                        .append(escape(f.filterOperators().stream().map(Object::toString).collect(Collectors.joining(" ")))).append("</td>")
                        .append(yesNo(f.groupable())).append(yesNo(f.orderable())).append(yesNo(f.aggregate())).append("<td>")
                        .append(f.type() == FieldType.STRING && f.wireFormat() == null ? escape(f.comparison().wireValue()) : "")
                        .append("</td></tr>\n");
            }
            out.append("</table>\n");
        }

        // Dates and enumerations
        List<String[]> dates = new ArrayList<>();
        List<String[]> enums = new ArrayList<>();
        collect(doc.path("components"), "/components", (pointer, key, value) -> {
            if (key.equals("x-pc-wire-format")) {
                dates.add(new String[]{readable(pointer), value.asText()});
            } else if (key.equals("x-pc-known-values")) {
                List<String> values = new ArrayList<>();
                value.forEach(v -> values.add(v.asText()));
                enums.add(new String[]{readable(pointer), String.join(", ", values)});
            }
        });
        out.append("<h2 id=\"dates\">Date wire formats (").append(dates.size()).append(")</h2>\n<p><code>local-date-time</code>: no offset, UTC implied; "
                + "<code>offset-date-time</code>: with offset; <code>date</code>: a date only.</p>\n<table><tr><th>Field</th><th>Wire format</th></tr>\n");
        dates.forEach(d -> out.append("<tr><td><code>").append(escape(d[0])).append("</code></td><td>").append(escape(d[1])).append("</td></tr>\n"));
        out.append("</table>\n");
        out.append("<h2 id=\"enums\">Open enumerations (").append(enums.size()).append(")</h2>\n<p>Values seen on the wire; readers keep values "
                + "outside these lists.</p>\n<table><tr><th>Field</th><th>Known values</th></tr>\n");
        enums.forEach(e -> out.append("<tr><td><code>").append(escape(e[0])).append("</code></td><td>").append(escape(e[1])).append("</td></tr>\n"));
        out.append("</table>\n");

        // Operations
        out.append("<h2 id=\"operations\">Path aliases, deprecations and replacements</h2>\n<table><tr><th>Operation</th><th>Path</th>"
                + "<th>Other path forms the stub serves</th><th>Deprecated</th><th>Replaced by</th></tr>\n");
        for (OperationDescriptor op : spec.operations().values()) {
            out.append("<tr><td><code>").append(escape(op.operationId())).append("</code></td><td>").append(escape(op.method())).append(" <code>")
                    .append(escape(op.path())).append("</code></td><td>")
                    .append(op.pathAliases().stream().map(a -> "<code>" + escape(a) + "</code>").collect(Collectors.joining("<br>"))).append("</td>")
                    .append(yesNo(op.deprecated())).append("<td>").append(op.replacedBy().map(r -> "<code>" + escape(r) + "</code>").orElse(""))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "<td class=\"yes\">yes</td>" : "<td class=\"no\">no</td>";
    }

    interface ExtensionVisitor {
        void visit(String pointer, String key, JsonNode value);
    }

    private static void collect(JsonNode node, String pointer, ExtensionVisitor visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("x-pc-")) {
                    visitor.visit(pointer, e.getKey(), e.getValue());
                } else {
                    collect(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /** "/components/schemas/Referral/properties/wonDate" to "Referral.wonDate"; paths keep their slashes. */
    static String readable(String pointer) {
        if (pointer.isEmpty()) {
            return "(document)";
        }
        List<String> parts = new ArrayList<>();
        for (String token : pointer.substring(1).split("/")) {
            parts.add(token.replace("~1", "/").replace("~0", "~"));
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        if (parts.get(0).equals("components") && parts.size() > 2) {
            out.append(parts.get(1).equals("schemas") ? "" : parts.get(1) + " ").append(parts.get(2));
            i = 3;
        } else if (parts.get(0).equals("paths") && parts.size() > 2) {
            out.append(parts.get(2).toUpperCase(Locale.ROOT)).append(' ').append(parts.get(1));
            i = 3;
        } else if (parts.get(0).equals("paths") && parts.size() == 2) {
            return parts.get(1);
        }
        for (; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.equals("properties") || part.equals("allOf") || part.matches("\\d+") && i > 0 && parts.get(i - 1).equals("allOf")) {
                continue;
            }
            if (part.equals("items")) {
                out.append("[]");
                continue;
            }
            out.append(out.length() == 0 ? "" : ".").append(part);
        }
        return out.toString();
    }

    /** HTML-escapes and turns `code` spans into code elements (the only markdown the entries use). */
    static String inline(String text) {
        return escape(text).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
