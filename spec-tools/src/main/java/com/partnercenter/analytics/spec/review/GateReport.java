package com.partnercenter.analytics.spec.review;

import com.partnercenter.analytics.spec.review.BreakingChangeGate.Assessed;
import com.partnercenter.analytics.spec.review.BreakingChangeGate.Result;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The gate's Markdown report and the change-log section it proposes. */
final class GateReport {
    private GateReport() {
    }

    static String report(Result r) {
        StringBuilder out = new StringBuilder();
        out.append("# Spec change report\n\n");
        out.append("| | |\n|---|---|\n");
        out.append("| Baseline | ").append(cell(r.baselineSource())).append(", version ").append(cell(r.baselineVersion())).append(" |\n");
        out.append("| Current | ").append(cell(r.currentSource())).append(", version ").append(cell(r.currentVersion())).append(" |\n");
        out.append("| Verdict | **").append(r.passed() ? "PASS" : "FAIL").append("** |\n\n");
        if (r.comparisonError() != null) {
            out.append("## The comparison could not be made\n\n").append(r.comparisonError()).append("\n");
            return out.toString();
        }
        if (!r.failures().isEmpty()) {
            out.append("## Why the gate fails\n\n");
            r.failures().forEach(f -> out.append("- ").append(f).append("\n"));
            out.append("\n");
        }
        if (!r.warnings().isEmpty()) {
            out.append("## Warnings\n\n");
            r.warnings().forEach(w -> out.append("- ").append(w).append("\n"));
            out.append("\n");
        }
        List<Assessed> breaking = r.changes().stream().filter(a -> a.change().breaking()).toList();
        out.append("## Summary\n\n");
        if (r.changes().isEmpty()) {
            out.append(r.documentationOnly() ? "No API changes: the documents differ only in documentation (descriptions, summaries, examples, decisions) or in form (e.g. the global security stated on each operation).\n\n"
                    : r.documentationChanges().isEmpty() ? "No differences.\n\n" : "No API changes.\n\n");
        } else {
            out.append("| Added | Changed | Deprecated | Removed | Breaking | Breaking, acknowledged |\n|---|---|---|---|---|---|\n");
            out.append("| ").append(count(r, SpecChange.Kind.ADDED)).append(" | ").append(count(r, SpecChange.Kind.CHANGED)).append(" | ")
                    .append(count(r, SpecChange.Kind.DEPRECATED)).append(" | ").append(count(r, SpecChange.Kind.REMOVED)).append(" | ")
                    .append(breaking.size()).append(" | ").append(breaking.stream().filter(Assessed::acknowledged).count()).append(" |\n\n");
        }
        out.append("## Breaking changes (").append(breaking.size()).append(")\n\n");
        if (breaking.isEmpty()) {
            out.append("None.\n\n");
        } else {
            out.append("To accept one, copy its change text exactly into `spec/breaking-changes-acknowledged.yaml` with a reason, and raise the major version.\n\n");
            out.append("| Change | Found by | Acknowledged because |\n|---|---|---|\n");
            for (Assessed a : breaking) {
                out.append("| `").append(cell(a.change().id())).append("` | ").append(a.change().source()).append(" | ")
                        .append(a.acknowledged() ? cell(a.acknowledgedBecause()) : "**not acknowledged**").append(" |\n");
            }
            out.append("\n");
        }
        for (SpecChange.Kind kind : SpecChange.Kind.values()) {
            List<Assessed> ofKind = r.changes().stream().filter(a -> a.change().kind() == kind).toList();
            out.append("## ").append(title(kind)).append(" (").append(ofKind.size()).append(")\n\n");
            if (ofKind.isEmpty()) {
                out.append("None.\n\n");
                continue;
            }
            ofKind.forEach(a -> out.append("- ").append(a.change().breaking() ? "**Breaking:** " : "").append('`').append(a.change().id()).append("`\n"));
            out.append("\n");
        }
        if (!r.documentationChanges().isEmpty()) {
            out.append("## Documentation changes (").append(r.documentationChanges().size()).append(")\n\n");
            r.documentationChanges().stream().limit(50).forEach(p -> out.append("- `").append(p).append("`\n"));
            if (r.documentationChanges().size() > 50) {
                out.append("- ... and ").append(r.documentationChanges().size() - 50).append(" more\n");
            }
            out.append("\n");
        }
        out.append("## Change log section (ready to paste into `spec/CHANGELOG.md`)\n\n```markdown\n").append(changelogSection(r)).append("```\n\n");
        if (!r.openApiDiffMarkdown().isBlank()) {
            out.append("## openapi-diff 2.1.7: its own report\n\nA second opinion; the gate's verdict uses its incompatibilities too.\n\n<details>\n\n")
                    .append(r.openApiDiffMarkdown().strip()).append("\n\n</details>\n");
        }
        return out.toString();
    }

    /** A Keep a Changelog section for the current version, from the changes found. */
    static String changelogSection(Result r) {
        StringBuilder out = new StringBuilder();
        out.append("## [").append(r.currentVersion()).append("] - ").append(LocalDate.now(ZoneOffset.UTC)).append("\n");
        if (r.changes().isEmpty() && r.documentationChanges().isEmpty()) {
            return "(nothing to record: the document equals its baseline)\n";
        }
        if (r.changes().isEmpty()) {
            out.append("\n### Changed\n\n- Documentation only: descriptions, summaries, examples or recorded decisions.\n");
            return out.toString();
        }
        for (SpecChange.Kind kind : SpecChange.Kind.values()) {
            List<Assessed> ofKind = r.changes().stream().filter(a -> a.change().kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            out.append("\n### ").append(title(kind)).append("\n\n");
            for (Assessed a : ofKind) {
                out.append("- ").append(a.change().breaking() ? "**Breaking:** " : "").append('`').append(a.change().id()).append('`');
                if (a.acknowledged()) {
                    out.append(" — ").append(a.acknowledgedBecause());
                }
                out.append("\n");
            }
        }
        return out.toString();
    }

    static long count(Result r, SpecChange.Kind kind) {
        return r.changes().stream().filter(a -> a.change().kind() == kind).count();
    }

    static String title(SpecChange.Kind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
